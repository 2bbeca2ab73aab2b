package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One list export being written: its header, then rows one at a time to a {@link CsvSink} or {@link XlsxSink} (both
 * apply the formula guard), reporting progress every {@link #REPORT_EVERY} rows and once more when the file is
 * complete. Rows arrive from a JDBC callback, which cannot throw {@link IOException}, hence the unchecked wrapper.
 */
final class ListSheet implements AutoCloseable {

	static final int REPORT_EVERY = 500;

	private final RowSink sink;

	private final ExportProgress progress;

	private int rows;

	ListSheet(ExportFormat format, OutputStream out, String sheetName, List<String> header, ExportProgress progress)
			throws IOException {
		this.sink = format == ExportFormat.CSV ? new CsvSink(out) : new XlsxSink(out, sheetName);
		this.progress = progress;
		sink.row(header);
	}

	void row(List<String> cells) {
		try {
			sink.row(cells);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		rows++;
		if (rows % REPORT_EVERY == 0) {
			progress.done(rows);
		}
	}

	/** Rows written so far, the header not counted; also the 序号 of the last row. */
	int rows() {
		return rows;
	}

	/** Finishes the file (XLSX is written out here) and reports the final count. */
	@Override
	public void close() throws IOException {
		sink.close();
		progress.done(rows);
	}

}
