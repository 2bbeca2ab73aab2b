package cn.zhicheng.portal.certificate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx with POI's event API (SAX over the sheet's XML), so rows stream past and are never
 * held as a workbook: POI's {@code XSSFWorkbook} would build every cell of 100,000 rows in memory. A cell formatted as
 * a date comes out as ISO {@code yyyy-MM-dd}, whatever the sheet's display format; other cells as Excel shows them.
 * The line of a row is its row number in Excel.
 */
final class XlsxRowReader {

	private XlsxRowReader() {
	}

	static void read(InputStream input, RowHandler handler) throws IOException {
		// A file gives POI random access to the ZIP; from a stream it would unpack every part into memory first.
		Path copy = Files.createTempFile("certificate-import", ".xlsx");
		try {
			Files.copy(input, copy, StandardCopyOption.REPLACE_EXISTING);
			try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
				XSSFReader reader = new XSSFReader(pkg);
				Iterator<InputStream> sheets = reader.getSheetsData();
				if (!sheets.hasNext()) {
					throw new ImportRefusedException("registry.import.refused.header");
				}
				XMLReader parser = XMLHelper.newXMLReader();
				Rows rows = new Rows(handler);
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(pkg), rows, new IsoDates(), false));
				try (InputStream sheet = sheets.next()) {
					parser.parse(new InputSource(sheet));
				}
				catch (RuntimeException malformed) {
					// The row handler's own failure (a refused header, the database) goes on as it was. Any other is
					// POI failing on a sheet that does not fit its package, such as a shared-string cell in a workbook
					// without a string table (found by fuzzing, issue #10): the upload's fault, not a 500.
					throw (rows.failure != null) ? rows.failure
							: new ImportRefusedException("registry.import.refused.format");
				}
			}
			catch (IOException | IllegalArgumentException unparsable) {
				// POI reports a part it cannot parse (a styles or strings XML that is not XML) as an IOException, and a
				// relationship whose target is no URI as an IllegalArgumentException (both found by fuzzing): the copy
				// is a local file, so this is the upload's fault, not the disk's, and no reason for a 500.
				throw new ImportRefusedException("registry.import.refused.format");
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
				| InvalidOperationException | UnsupportedFileFormatException broken) {
			// Thrown by the row handler inside the parser: the header was refused, not the file's kind.
			if (broken.getCause() instanceof ImportRefusedException refused) {
				throw refused;
			}
			throw new ImportRefusedException("registry.import.refused.format");
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** Collects a row's cells by column, leaving blanks where the sheet has no cell. */
	private static final class Rows implements SheetContentsHandler {

		/** XFD, the last of Excel's 16,384 columns. */
		private static final int MAX_COLUMN = 16_383;

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		/** What the row handler threw, told apart from what POI throws around it. */
		private @Nullable RuntimeException failure;

		Rows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			try {
				handler.row(rowNum + 1L, List.copyOf(cells));
			}
			catch (RuntimeException ex) {
				failure = ex;
				throw ex;
			}
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			if (column < 0 || column > MAX_COLUMN) {
				// Not Excel's: it would pad the row with millions of blank cells.
				throw new IllegalArgumentException("Column out of range: " + reference);
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(formattedValue == null ? "" : formattedValue);
		}

	}

	/** Dates as ISO, so the row check reads one form instead of every locale's display format. */
	private static final class IsoDates extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

}
