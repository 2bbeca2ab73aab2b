package cn.zhicheng.portal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Chinese font every PDF uses: Noto Sans SC Regular (SIL OFL, {@code fonts/OFL.txt}) cut down to Latin,
 * punctuation, full-width forms and the whole CJK Unified Ideographs block U+4E00–9FFF, so rare name characters such
 * as 堃 print. Read once: loading the file per document costs about 140 ms. Embedded with {@code IDENTITY_H}, so each
 * PDF carries only the glyphs it uses.
 * <p>
 * OpenPDF silently drops a character the font lacks (a GB2312 subset once printed 王堃 as 王); callers must check
 * their text with {@link #unprintable(String)} and report what it returns.
 */
@Component
public class PdfFonts {

	static final String FONT = "fonts/NotoSansSC-Regular-subset.ttf";

	private final BaseFont base;

	public PdfFonts() {
		try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
			// The name must end in .ttf for OpenPDF to read the bytes as TrueType.
			this.base = BaseFont.createFont("NotoSansSC-Regular-subset.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					BaseFont.CACHED, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the PDF font " + FONT, ex);
		}
	}

	public BaseFont base() {
		return this.base;
	}

	public Font regular(float size) {
		return new Font(this.base, size, Font.NORMAL, Color.BLACK);
	}

	public Font regular(float size, Color color) {
		return new Font(this.base, size, Font.NORMAL, color);
	}

	/** There is no bold file: OpenPDF strokes the regular outlines to simulate bold. */
	public Font bold(float size) {
		return new Font(this.base, size, Font.BOLD, Color.BLACK);
	}

	/** The code points of {@code text} the font cannot print, in order, each once; empty when all print. */
	public List<Integer> unprintable(String text) {
		return text.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
			.filter(cp -> !this.base.charExists(cp))
			.distinct()
			.boxed()
			.toList();
	}

	/** {@code U+20BB7 𠮷} style names of {@link #unprintable(String)}, for messages to the user and logs. */
	public static String describe(List<Integer> codePoints) {
		return String.join("、", codePoints.stream()
			.map(cp -> "U+%04X %s".formatted(cp, Character.toString(cp)))
			.toList());
	}

}
