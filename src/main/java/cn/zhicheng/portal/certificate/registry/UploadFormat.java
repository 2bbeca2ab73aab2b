package cn.zhicheng.portal.certificate.registry;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.core.io.InputStreamSource;

/**
 * What an uploaded file is, told by its content and never by its name or declared type: an .xlsx is a ZIP that holds
 * {@code [Content_Types].xml} (ECMA-376 Part 2, Open Packaging Conventions); a CSV is text, UTF-8 or GBK, without
 * NUL or other control bytes. Anything else is refused before a row is read.
 */
enum UploadFormat {

	CSV, XLSX;

	private static final int SNIFF = 64 * 1024;

	static UploadFormat of(InputStreamSource file) {
		try {
			byte[] head;
			try (InputStream in = file.getInputStream()) {
				head = in.readNBytes(SNIFF);
			}
			if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
				if (hasContentTypes(file)) {
					return XLSX;
				}
				throw new ImportRefusedException("registry.import.refused.format");
			}
			if (CsvRowReader.charsetOf(head).isPresent()) {
				return CSV;
			}
			throw new ImportRefusedException("registry.import.refused.format");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hasContentTypes(InputStreamSource file) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(file.getInputStream())) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("[Content_Types].xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (ZipException | EOFException | IllegalArgumentException broken) {
			// A ZIP cut off inside an entry's header ends the stream early (EOFException): broken, so not a workbook.
			return false;
		}
	}

}
