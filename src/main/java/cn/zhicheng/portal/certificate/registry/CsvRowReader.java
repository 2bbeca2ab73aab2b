package cn.zhicheng.portal.certificate.registry;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes doubled and line breaks) one
 * record at a time, so a file of any length needs memory for one row only. The encoding is UTF-8 (with or without
 * BOM) or, when the start of the file is not valid UTF-8, GB18030, the superset of the GBK that Excel saves on a
 * Chinese Windows. A byte that the chosen encoding cannot read later in the file stops the reading with
 * {@link java.nio.charset.CharacterCodingException}, never a silently replaced character in a name.
 */
final class CsvRowReader {

	private static final int SNIFF = 64 * 1024;

	static final Charset GBK = Charset.forName("GB18030");

	private CsvRowReader() {
	}

	/** The encoding of a text file starting with these bytes; empty when they are not text. */
	static Optional<Charset> charsetOf(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		for (byte b : head) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
				return Optional.empty();
			}
		}
		if (decodes(StandardCharsets.UTF_8, head)) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		return decodes(GBK, head) ? Optional.of(GBK) : Optional.empty();
	}

	/** Whether the bytes are valid in the charset; a sequence cut off at the end of the sample is not an error. */
	private static boolean decodes(Charset charset, byte[] bytes) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		return !decoder.decode(ByteBuffer.wrap(bytes), out, false).isError();
	}

	static void read(InputStream input, RowHandler handler) throws IOException {
		BufferedInputStream in = new BufferedInputStream(input, SNIFF);
		in.mark(SNIFF);
		byte[] head = in.readNBytes(SNIFF);
		in.reset();
		Charset charset = charsetOf(head).orElseThrow(() -> new ImportRefusedException("registry.import.refused.format"));
		if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
			in.skipNBytes(3);
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder)))) {
			parse(reader, handler);
		}
	}

	private static void parse(PushbackReader in, RowHandler handler) throws IOException {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		long line = 1;
		long start = 1;
		boolean quoted = false;
		boolean started = false;
		int c;
		while ((c = in.read()) != -1) {
			if (quoted) {
				if (c == '"') {
					int next = in.read();
					if (next == '"') {
						cell.append('"');
						continue;
					}
					quoted = false;
					if (next != -1) {
						in.unread(next);
					}
					continue;
				}
				if (isLineEnd(c, in)) {
					line++;
				}
				cell.append((char) c);
				continue;
			}
			if (c == '"' && cell.isEmpty()) {
				quoted = true;
				started = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
				started = true;
			}
			else if (isLineEnd(c, in)) {
				cells.add(cell.toString());
				handler.row(start, List.copyOf(cells));
				cells.clear();
				cell.setLength(0);
				started = false;
				start = ++line;
			}
			else {
				cell.append((char) c);
				started = true;
			}
		}
		if (started || !cell.isEmpty()) {
			cells.add(cell.toString());
			handler.row(start, List.copyOf(cells));
		}
	}

	/** A line feed, or a carriage return (with the line feed after it, if any, consumed). */
	private static boolean isLineEnd(int c, PushbackReader in) throws IOException {
		if (c == '\n') {
			return true;
		}
		if (c != '\r') {
			return false;
		}
		int next = in.read();
		if (next != '\n' && next != -1) {
			in.unread(next);
		}
		return true;
	}

}
