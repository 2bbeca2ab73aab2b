package cn.zhicheng.portal.application.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark: without it Excel on Windows reads the file as GBK and shows the
 * Chinese as mojibake. Lines end in CRLF; a cell with a comma, quote or line break is quoted, quotes doubled.
 */
final class CsvSink implements RowSink {

	private final Writer out;

	CsvSink(OutputStream stream) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
		this.out.write('\uFEFF');
	}

	@Override
	public void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(FormulaGuard.cell(cells.get(i))));
		}
		out.write("\r\n");
	}

	static String quote(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() throws IOException {
		out.flush();
	}

}
