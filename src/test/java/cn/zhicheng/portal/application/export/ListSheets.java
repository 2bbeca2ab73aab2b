package cn.zhicheng.portal.application.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads exported lists back as rows of cells, as a spreadsheet would, and records what a writer reported. */
final class ListSheets {

	private ListSheets() {
	}

	/** RFC 4180 with the BOM checked and removed: quoted cells may hold commas, doubled quotes and line breaks. */
	static List<List<String>> csv(byte[] body) {
		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		assertThat(row).as("CSV ends with CRLF").isEmpty();
		return rows;
	}

	/** The first sheet's rows, every cell as the text it holds (the exports write text cells only). */
	static List<List<String>> xlsx(byte[] body) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = book.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : cell.getStringCellValue());
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The first cells of the rows after the header, in order. */
	static List<String> firstCells(List<List<String>> rows) {
		return rows.stream().skip(1).map(row -> row.get(0)).toList();
	}

	/** The cells of the one data row whose {@code column} holds {@code value}. */
	static List<String> rowWith(List<List<String>> rows, int column, String value) {
		List<List<String>> found = rows.stream().skip(1).filter(row -> row.get(column).equals(value)).toList();
		assertThat(found).as("rows with %s", value).hasSize(1);
		return found.get(0);
	}

	/** An {@link ExportProgress} that keeps every report, in order: "expect N" and "done N". */
	static final class Recorder implements ExportProgress {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@Override
		public void expect(long total) {
			calls.add("expect " + total);
		}

		@Override
		public void done(long units) {
			calls.add("done " + units);
		}

	}

}
