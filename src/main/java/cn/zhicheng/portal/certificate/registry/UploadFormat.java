package cn.zhicheng.portal.certificate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.zhicheng.portal.upload.OfficeCheck;

import org.springframework.core.io.InputStreamSource;

/**
 * What an uploaded file is, told by its content and never by its name or declared type: an .xlsx is a ZIP that holds
 * {@code [Content_Types].xml} and a workbook (ECMA-376 Part 2, Open Packaging Conventions) and nothing unsafe (a zip
 * bomb, paths outside itself: {@link OfficeCheck}); a CSV is text, UTF-8 or GBK, without NUL or other control bytes.
 * Anything else is refused before a row is read.
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
				return switch (OfficeCheck.ooxml(file.getInputStream(), "xl/workbook.xml")) {
					case OK -> XLSX;
					case UNSAFE -> throw new ImportRefusedException("registry.import.refused.unsafe");
					case NOT_OFFICE -> throw new ImportRefusedException("registry.import.refused.format");
				};
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

}
