package cn.zhicheng.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The text a downloaded file shows a person, by its content: a PDF page by page (OpenPDF's extraction), a ZIP (an
 * XLSX, or a committee pack of PDFs and a manifest) entry by entry, anything else as UTF-8 (CSV).
 */
final class ExportText {

	private ExportText() {
	}

	static String of(byte[] bytes) {
		try {
			if (startsWith(bytes, "%PDF-")) {
				return pdf(bytes);
			}
			if (startsWith(bytes, "PK")) {
				return zip(bytes);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pdf(byte[] bytes) throws IOException {
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(bytes)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
		}
		return text.toString();
	}

	/** Read by its central directory (a temporary file): POI's streamed XLSX entries confuse ZipInputStream. */
	private static String zip(byte[] bytes) throws IOException {
		Path file = Files.createTempFile("export", ".zip");
		StringBuilder text = new StringBuilder();
		try {
			Files.write(file, bytes);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					byte[] content = zip.getInputStream(entry).readAllBytes();
					boolean picture = entry.getName().matches("(?i).*\\.(jpe?g|png|gif|ttf|otf)$");
					text.append("== ").append(entry.getName()).append('\n').append(picture ? "" : of(content))
						.append('\n');
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
		return text.toString();
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		byte[] prefix = magic.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
