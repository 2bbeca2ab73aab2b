package cn.zhicheng.portal.content.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides whether an upload is what its name says by looking at its bytes: a browser's declared type is whatever
 * the file's extension suggests on the uploader's machine, so it proves nothing. Only the formats visitors can open
 * safely are taken: PDF, Word, Excel, JPEG and PNG.
 */
final class AttachmentInspector {

	/** Extension → the content type a download is served with. */
	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword", "xls",
			"application/vnd.ms-excel", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "png", "image/png");

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private AttachmentInspector() {
	}

	/** The message key of what is wrong with the file, or empty when it may be stored. */
	static Optional<String> problem(String fileName, byte[] bytes, long maxBytes) {
		if (bytes.length == 0) {
			return Optional.of("content.attachment.error.empty");
		}
		if (bytes.length > maxBytes) {
			return Optional.of("content.attachment.error.too-large");
		}
		String extension = extension(fileName);
		if (!TYPES.containsKey(extension)) {
			return Optional.of("content.attachment.error.type");
		}
		boolean matches = switch (extension) {
			case "pdf" -> startsWith(bytes, PDF);
			case "doc", "xls" -> startsWith(bytes, OLE);
			case "docx" -> startsWith(bytes, ZIP) && zipHas(bytes, "word/");
			case "xlsx" -> startsWith(bytes, ZIP) && zipHas(bytes, "xl/");
			case "jpg", "jpeg" -> startsWith(bytes, JPEG);
			case "png" -> startsWith(bytes, PNG);
			default -> false;
		};
		return matches ? Optional.empty() : Optional.of("content.attachment.error.mismatch");
	}

	static String contentType(String fileName) {
		return TYPES.getOrDefault(extension(fileName), "application/octet-stream");
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * The name a visitor's browser will save: the Chinese name kept, any path a browser sent (old IE sends
	 * C:\...) and control characters removed, since they would break the header or the saved file name.
	 */
	static String cleanName(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '"')
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		if (result.length() > 200) {
			result = result.substring(result.length() - 200);
		}
		return result.isEmpty() || result.startsWith(".") ? "attachment" + result : result;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** An Office Open XML file is a zip whose parts sit under word/ (documents) or xl/ (workbooks). */
	private static boolean zipHas(byte[] bytes, String folder) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith(folder)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
