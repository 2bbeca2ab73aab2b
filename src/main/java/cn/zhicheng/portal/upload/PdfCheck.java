package cn.zhicheng.portal.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Whether bytes are a PDF a reviewer or visitor can simply open: it starts with the header, parses (cross-reference,
 * trailer, catalog, at least one page), needs no password, runs no script, and nothing follows its last
 * {@code %%EOF} but whitespace. A header and an {@code %%EOF} around anything else (a web page, a ZIP) is not a PDF,
 * and a real PDF with a web page appended is a polyglot a browser might run.
 */
public final class PdfCheck {

	/** What is wrong with a PDF, if anything. */
	public enum Result {

		OK, NOT_PDF, DAMAGED, ENCRYPTED, SCRIPTED

	}

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The largest object number (and trailer {@code /Size}) a file may name. OpenPDF sizes its cross-reference table
	 * by the largest number it meets, so a 332-byte file naming object 1000000392 made it allocate gigabytes and ran
	 * the heap out (found by fuzzing, issue #10). Every object needs at least a byte of its own, so no honest file
	 * names more objects than it has bytes; a million is far above any attachment's count.
	 */
	private static final long MAX_OBJECTS = 1_000_000;

	/**
	 * "N G obj" at the start of a line, as OpenPDF's table rebuild reads it (its tokenizer takes a signed or dotted
	 * generation), and "/Size N" anywhere. White space as PDF defines it (ISO 32000 7.2.3), NUL included.
	 */
	private static final Pattern OBJECT_NUMBER = Pattern.compile("(?:^|[\\r\\n])[\\x00\\t\\f ]*([0-9]+)[.0-9]*"
			+ "[\\x00\\t\\n\\f\\r ]+[-+.0-9]*[\\x00\\t\\n\\f\\r ]*obj|/Size[\\x00\\t\\n\\f\\r ]*([0-9]+)");

	/** The trailer's (or cross-reference stream's) key of an encrypted file; nowhere else in plain sight. */
	private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

	private PdfCheck() {
	}

	public static boolean hasHeader(byte[] bytes) {
		return bytes.length >= HEADER.length && Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length);
	}

	public static Result check(byte[] bytes) {
		if (!hasHeader(bytes)) {
			return Result.NOT_PDF;
		}
		if (!endsCleanly(bytes)) {
			return Result.DAMAGED;
		}
		if (namesTooManyObjects(bytes)) {
			return Result.DAMAGED;
		}
		if (contains(bytes, ENCRYPT)) {
			// Told before parsing: OpenPDF decrypts only with BouncyCastle on the class path (it is not), and would
			// otherwise fail with an Error rather than an exception. Reviewers could not open the file anyway.
			return Result.ENCRYPTED;
		}
		PdfReader reader = null;
		try {
			reader = new PdfReader(bytes);
			if (reader.isEncrypted()) {
				return Result.ENCRYPTED;
			}
			if (reader.getNumberOfPages() < 1 || reader.getCatalog() == null) {
				return Result.DAMAGED;
			}
			return scripted(reader) ? Result.SCRIPTED : Result.OK;
		}
		catch (BadPasswordException ex) {
			return Result.ENCRYPTED;
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// OpenPDF reports a damaged file with IOException or any of several runtime exceptions; a crafted
			// deep nesting of objects overflows its recursive parser.
			return Result.DAMAGED;
		}
		catch (OutOfMemoryError ex) {
			// The second line behind namesTooManyObjects: a table sized from a number in the file is one array, and
			// an impossible one fails at once without taking the heap; the file is what is wrong, not the portal.
			return Result.DAMAGED;
		}
		finally {
			if (reader != null) {
				reader.close();
			}
		}
	}

	static boolean namesTooManyObjects(byte[] bytes) {
		long limit = Math.min(MAX_OBJECTS, bytes.length);
		Matcher numbers = OBJECT_NUMBER.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
		while (numbers.find()) {
			String number = (numbers.group(1) != null ? numbers.group(1) : numbers.group(2)).replaceFirst("^0+(?=.)", "");
			if (number.length() > 7 || Long.parseLong(number) > limit) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(byte[] bytes, byte[] marker) {
		for (int start = 0; start + marker.length <= bytes.length; start++) {
			if (bytes[start] == marker[0] && Arrays.equals(bytes, start, start + marker.length, marker, 0, marker.length)) {
				return true;
			}
		}
		return false;
	}

	/** Only whitespace or NUL padding may follow the last {@code %%EOF}, as writers leave it. */
	private static boolean endsCleanly(byte[] bytes) {
		for (int start = bytes.length - END.length; start >= HEADER.length; start--) {
			if (Arrays.equals(bytes, start, start + END.length, END, 0, END.length)) {
				for (int i = start + END.length; i < bytes.length; i++) {
					byte b = bytes[i];
					if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f' && b != 0) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * A JavaScript action anywhere (document open, page, annotation, form field, the names tree): every one is a
	 * dictionary with {@code /S /JavaScript} or a {@code /JS} entry, so each object is looked at once.
	 */
	private static boolean scripted(PdfReader reader) {
		for (int i = 1; i < reader.getXrefSize(); i++) {
			PdfObject object = reader.getPdfObjectRelease(i);
			if (object instanceof PdfDictionary dictionary
					&& (dictionary.contains(PdfName.JS) || PdfName.JAVASCRIPT.equals(dictionary.get(PdfName.S)))) {
				return true;
			}
		}
		return false;
	}

}
