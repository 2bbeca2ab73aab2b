package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.util.List;

/** Where exported rows go, one at a time: a CSV or an XLSX writer on the response's stream. */
interface RowSink extends AutoCloseable {

	void row(List<String> cells) throws IOException;

	/** Flushes what is left; the caller's stream stays open. */
	@Override
	void close() throws IOException;

}
