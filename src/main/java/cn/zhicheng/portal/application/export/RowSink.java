package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.util.List;

/** Where exported rows go, one at a time: a CSV or an XLSX writer on the response's stream. */
interface RowSink extends AutoCloseable {

	void row(List<String> cells) throws IOException;

	/** Flushes what is left; the caller's stream stays open. */
	@Override
	void close() throws IOException;

	/**
	 * A cell that a spreadsheet would read as a formula (= + - @, also after a tab or carriage return) gets a leading
	 * single quote, so an exported name cannot run as a formula on the reviewer's machine (CSV injection).
	 */
	static String guard(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + cell : cell;
	}

}
