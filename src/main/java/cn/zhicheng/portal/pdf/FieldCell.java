package cn.zhicheng.portal.pdf;

import java.awt.Color;
import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Label and value cells for form tables. A blank value is never left empty: it becomes a red box naming what is
 * missing ("缺少：出生日期"), so the applicant sees what to complete before submitting (issue 5, part 5).
 */
@Component
public class FieldCell {

	public static final Color MISSING = new Color(0xD0, 0x1B, 0x1B);

	private static final float SIZE = 10.5f;

	private final PdfFonts fonts;

	/** The words of a missing-value box, from the message bundle ("缺少：{0}"). */
	private final String missingPattern;

	@Autowired
	public FieldCell(PdfFonts fonts, MessageSource messages) {
		this(fonts, messages.getMessage("pdf.missing", null, Locale.SIMPLIFIED_CHINESE));
	}

	public FieldCell(PdfFonts fonts, String missingPattern) {
		this.fonts = fonts;
		this.missingPattern = missingPattern;
	}

	public PdfPCell label(String label) {
		PdfPCell cell = padded(new PdfPCell(new Phrase(label, this.fonts.bold(SIZE))));
		cell.setBackgroundColor(new Color(0xF2, 0xF2, 0xF2));
		return cell;
	}

	/** The value, or a red box naming {@code label} when the value is null or blank. */
	public PdfPCell value(String label, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return missing(label);
		}
		return padded(new PdfPCell(new Phrase(value, this.fonts.regular(SIZE))));
	}

	public PdfPCell missing(String label) {
		PdfPCell cell = padded(new PdfPCell(new Phrase(MessageFormat.format(this.missingPattern, label),
				this.fonts.regular(SIZE, MISSING))));
		cell.setBorder(Rectangle.BOX);
		cell.setBorderColor(MISSING);
		cell.setBorderWidth(1.5f);
		cell.setBackgroundColor(new Color(0xFD, 0xEC, 0xEC));
		return cell;
	}

	private static PdfPCell padded(PdfPCell cell) {
		cell.setPadding(5);
		cell.setMinimumHeight(22);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return cell;
	}

}
