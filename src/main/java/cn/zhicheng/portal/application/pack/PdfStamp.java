package cn.zhicheng.portal.application.pack;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import cn.zhicheng.portal.pdf.PdfFonts;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Stamps the per-reviewer watermark on every page of a PDF: two lines of text (who the copy is for; committee, year,
 * date and pack number) repeated three times along the page's diagonal, light grey and semi-transparent, over the
 * content so a full-page scan cannot cover it while the text beneath stays readable. A copy that leaks names its
 * reviewer, and the pack number leads to the audit record. In the portal's own font, so Chinese names print.
 */
@Component
class PdfStamp {

	private static final Logger log = LoggerFactory.getLogger(PdfStamp.class);

	private final PdfFonts fonts;

	private final PackProperties properties;

	PdfStamp(PdfFonts fonts, PackProperties properties) {
		this.fonts = fonts;
		this.properties = properties;
	}

	/** The two lines of a watermark, each printable in the font. */
	record Mark(String recipientLine, String detailLine) {
	}

	/** The stamped PDF, or null when the bytes cannot be read or stamped as a PDF (broken, encrypted). */
	byte @Nullable [] stamp(byte[] pdf, Mark mark) {
		PdfReader reader = null;
		try {
			reader = new PdfReader(pdf);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
			PdfStamper stamper = new PdfStamper(reader, out);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				draw(stamper.getOverContent(page), reader.getPageSizeWithRotation(page), mark);
			}
			stamper.close();
			return out.toByteArray();
		}
		catch (IOException | RuntimeException unreadable) {
			// OpenPDF reports a damaged or encrypted file with runtime exceptions (DocumentException is one) or IOException.
			log.info("PDF of {} bytes could not be stamped: {}", pdf.length, unreadable.toString());
			return null;
		}
		finally {
			if (reader != null) {
				reader.close();
			}
		}
	}

	private void draw(PdfContentByte over, Rectangle page, Mark mark) {
		float width = page.getWidth();
		float height = page.getHeight();
		float angle = (float) Math.toDegrees(Math.atan2(height, width));
		// Perpendicular to the diagonal, a third of the page apart.
		double normal = Math.toRadians(angle + 90);
		float step = Math.min(width, height) / 2.2f;
		float size = properties.watermarkFontSize();
		int grey = properties.watermarkGrey();
		PdfGState state = new PdfGState();
		state.setFillOpacity(properties.watermarkOpacity());
		over.saveState();
		over.setGState(state);
		over.setColorFill(new Color(grey, grey, grey));
		over.beginText();
		for (int i = -1; i <= 1; i++) {
			float x = page.getLeft() + width / 2 + (float) (Math.cos(normal) * step * i);
			float y = page.getBottom() + height / 2 + (float) (Math.sin(normal) * step * i);
			over.setFontAndSize(fonts.base(), size * 4 / 3);
			over.showTextAligned(Element.ALIGN_CENTER, mark.recipientLine(), x, y, angle);
			float down = size * 1.6f;
			float dx = (float) (Math.cos(Math.toRadians(angle - 90)) * down);
			float dy = (float) (Math.sin(Math.toRadians(angle - 90)) * down);
			over.setFontAndSize(fonts.base(), size);
			over.showTextAligned(Element.ALIGN_CENTER, mark.detailLine(), x + dx, y + dy, angle);
		}
		over.endText();
		over.restoreState();
	}

}
