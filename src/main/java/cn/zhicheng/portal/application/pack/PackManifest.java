package cn.zhicheng.portal.application.pack;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.zhicheng.portal.application.export.FormulaGuard;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 清单.xlsx, one row per ZIP entry, through POI's streaming workbook as {@code export/XlsxSink} does (that class is
 * private to the export package): only {@link #WINDOW} rows stay in memory, the rest wait in a compressed temporary
 * file that {@link #close()} deletes. 序号 and 大小 are numbers; every other cell is text, guarded against being read
 * as a formula.
 */
final class PackManifest implements Closeable {

	static final int WINDOW = 100;

	private final SXSSFWorkbook workbook;

	private final Sheet sheet;

	private int next;

	PackManifest(String sheetName, List<String> header) {
		this.workbook = new SXSSFWorkbook(WINDOW);
		this.workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(sheetName);
		Row row = sheet.createRow(next++);
		for (int i = 0; i < header.size(); i++) {
			row.createCell(i).setCellValue(header.get(i));
		}
	}

	/** A row: the file's 序号, then texts up to the size, the size, then the texts after it. */
	void row(int sequence, List<String> before, long size, List<String> after) {
		Row row = sheet.createRow(next++);
		int column = 0;
		row.createCell(column++).setCellValue(sequence);
		for (String text : before) {
			row.createCell(column++).setCellValue(FormulaGuard.cell(text));
		}
		row.createCell(column++).setCellValue(size);
		for (String text : after) {
			row.createCell(column++).setCellValue(FormulaGuard.cell(text));
		}
	}

	/** Writes the workbook; the stream stays open. */
	void writeTo(OutputStream out) throws IOException {
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.close();
		}
		finally {
			workbook.dispose();
		}
	}

}
