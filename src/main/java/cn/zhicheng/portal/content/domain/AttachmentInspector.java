package cn.zhicheng.portal.content.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.portal.upload.ImageCheck;
import cn.zhicheng.portal.upload.OfficeCheck;
import cn.zhicheng.portal.upload.PdfCheck;

/**
 * Decides whether an upload is what its name says by reading its bytes as the format's reader would (a PDF parses,
 * an image decodes, an Office file has its parts): a browser's declared type is whatever the file's extension
 * suggests on the uploader's machine, so it proves nothing. Only the formats visitors can open safely are taken:
 * PDF, Word, Excel, JPEG and PNG.
 */
final class AttachmentInspector {

	/** Extension → the content type a download is served with. */
	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword", "xls",
			"application/vnd.ms-excel", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "png", "image/png");

	/** A scanned A4 page at 600 dpi is 35 million pixels; more is a mistake or a decompression bomb. */
	private static final long MAX_PIXELS = 100_000_000;

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
		return switch (extension) {
			case "pdf" -> pdf(bytes);
			case "doc" -> office(OfficeCheck.ole(bytes, Set.of("WordDocument")));
			case "xls" -> office(OfficeCheck.ole(bytes, Set.of("Workbook", "Book")));
			case "docx" -> office(OfficeCheck.ooxml(bytes, "word/document.xml"));
			case "xlsx" -> office(OfficeCheck.ooxml(bytes, "xl/workbook.xml"));
			case "jpg", "jpeg" -> image(bytes, JPEG);
			case "png" -> image(bytes, PNG);
			default -> Optional.of("content.attachment.error.type");
		};
	}

	private static Optional<String> pdf(byte[] bytes) {
		return switch (PdfCheck.check(bytes)) {
			case OK -> Optional.empty();
			case NOT_PDF -> Optional.of("content.attachment.error.mismatch");
			case ENCRYPTED -> Optional.of("content.attachment.error.encrypted");
			case SCRIPTED -> Optional.of("content.attachment.error.scripted");
			case DAMAGED -> Optional.of("content.attachment.error.damaged");
		};
	}

	private static Optional<String> office(OfficeCheck.Result result) {
		return switch (result) {
			case OK -> Optional.empty();
			case NOT_OFFICE -> Optional.of("content.attachment.error.mismatch");
			case UNSAFE -> Optional.of("content.attachment.error.unsafe");
		};
	}

	private static Optional<String> image(byte[] bytes, byte[] signature) {
		if (!startsWith(bytes, signature)) {
			return Optional.of("content.attachment.error.mismatch");
		}
		return switch (ImageCheck.check(bytes, signature == JPEG, MAX_PIXELS)) {
			case OK -> Optional.empty();
			case TOO_MANY_PIXELS -> Optional.of("content.attachment.error.too-many-pixels");
			case DAMAGED -> Optional.of("content.attachment.error.damaged");
		};
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

}
