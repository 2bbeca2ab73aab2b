package cn.zhicheng.portal.application.attachment;

import java.util.Locale;

/**
 * The name an attachment is stored and downloaded under. The applicant's Chinese name is kept, but any path a browser
 * sent (old IE sends C:\...), control characters and the bidi overrides that disguise an extension are removed, the
 * length is capped, and the name ends in an extension that fits the type found in the bytes.
 */
final class FileNames {

	static final int MAX_LENGTH = 120;

	private FileNames() {
	}

	static String clean(String originalName, FileType type) {
		String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '"')
			.forEach(clean::appendCodePoint);
		String base = clean.toString().strip();
		String extension = extension(base);
		if (type.extensions().contains(extension)) {
			base = base.substring(0, base.length() - extension.length() - 1);
		}
		else {
			extension = type.extension();
		}
		base = truncate(base.strip(), MAX_LENGTH - extension.length() - 1);
		if (base.isEmpty() || base.startsWith(".")) {
			base = "attachment" + base;
		}
		return base + "." + extension;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** At most {@code max} characters, never splitting a surrogate pair. */
	private static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end).strip();
	}

}
