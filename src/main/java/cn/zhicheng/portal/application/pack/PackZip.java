package cn.zhicheng.portal.application.pack;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The pack's ZIP on the caller's stream, which stays open: entries are written as they come (nothing of earlier files
 * is kept), each measured and hashed on its way out for the manifest. Names are made safe to unpack: one path segment
 * per name with no separators, no {@code ..}, no control characters, and a {@code (2)} suffix for a name already used
 * in the pack (compared case-insensitively, as Windows unpacks).
 */
final class PackZip implements Closeable {

	/** What the manifest says of an entry. */
	record Written(String path, long size, String sha256) {
	}

	/** An entry's content, written to the stream it is given. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	static final int MAX_SEGMENT = 100;

	private final ZipOutputStream zip;

	private final Set<String> used = new HashSet<>();

	PackZip(OutputStream out) {
		this.zip = new ZipOutputStream(new KeepOpen(out));
		// PDFs and scans are compressed already: the fastest level saves CPU at almost no cost in size.
		this.zip.setLevel(Deflater.BEST_SPEED);
	}

	/** Writes an entry under {@code folder} (made of safe segments already, or empty for the root). */
	Written write(String folder, String name, Content content) throws IOException {
		String path = unique(folder, segment(name));
		zip.putNextEntry(new ZipEntry(path));
		Counting counting = new Counting(zip);
		DigestOutputStream digest = new DigestOutputStream(counting, sha256());
		content.writeTo(digest);
		digest.flush();
		zip.closeEntry();
		return new Written(path, counting.count, HexFormat.of().formatHex(digest.getMessageDigest().digest()));
	}

	Written write(String folder, String name, byte[] bytes) throws IOException {
		return write(folder, name, out -> out.write(bytes));
	}

	/** Finishes the ZIP; the caller's stream is flushed, not closed. */
	@Override
	public void close() throws IOException {
		zip.close();
	}

	/**
	 * A name as one safe path segment: no separators, controls, characters Windows refuses, {@code ..} or leading dot.
	 */
	static String segment(String name) {
		StringBuilder safe = new StringBuilder();
		name.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				return;
			}
			safe.appendCodePoint("/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
		});
		String text = safe.toString().strip();
		while (text.contains("..")) {
			text = text.replace("..", ".");
		}
		while (text.startsWith(".")) {
			text = text.substring(1);
		}
		if (text.length() > MAX_SEGMENT) {
			int end = Character.isHighSurrogate(text.charAt(MAX_SEGMENT - 1)) ? MAX_SEGMENT - 1 : MAX_SEGMENT;
			text = text.substring(0, end).strip();
		}
		return text.isEmpty() ? "_" : text;
	}

	private String unique(String folder, String name) {
		String prefix = folder.isEmpty() ? "" : folder + "/";
		String path = prefix + name;
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 2; !used.add(path.toLowerCase(Locale.ROOT)); n++) {
			path = prefix + base + "(" + n + ")" + extension;
		}
		return path;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** Passes writes through to the caller's stream but never closes it. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			out.flush();
		}

	}

	/** Counts the bytes of one entry; closing it leaves the ZIP open for the next entry. */
	private static final class Counting extends FilterOutputStream {

		private long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
			count += length;
		}

		@Override
		public void close() throws IOException {
			out.flush();
		}

	}

}
