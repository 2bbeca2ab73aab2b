package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only {@link #WINDOW} rows stay in memory, older ones go to a temporary file
 * that {@link #close()} deletes. Every cell is text, so a number like 业务编号 keeps its leading zeros.
 */
final class XlsxSink implements RowSink {

	static final int WINDOW = 100;

	private final SXSSFWorkbook workbook;

	private final Sheet sheet;

	private final OutputStream stream;

	private int next;

	XlsxSink(OutputStream stream, String sheetName) {
		this.stream = stream;
		this.workbook = new SXSSFWorkbook(WINDOW);
		this.workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(sheetName);
	}

	@Override
	public void row(List<String> cells) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(FormulaGuard.cell(cells.get(i)));
		}
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.write(stream);
			stream.flush();
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

}
