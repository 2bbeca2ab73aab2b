package cn.zhicheng.portal.pdf;

import java.awt.Color;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A large light grey diagonal word (预览 until the application is submitted) under every page's content, so a
 * printed preview cannot pass for the submitted form.
 */
public final class Watermark extends PdfPageEventHelper {


	private final PdfFonts fonts;

	private final String text;

	private Watermark(PdfFonts fonts, String text) {
		this.fonts = fonts;
		this.text = text;
	}

	/** Registers the watermark on {@code writer}; call before {@code document.open()}. */
	public static void watermark(PdfWriter writer, PdfFonts fonts, String text) {
		writer.setPageEvent(new Watermark(fonts, text));
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		Rectangle page = document.getPageSize();
		PdfContentByte under = writer.getDirectContentUnder();
		under.saveState();
		PdfGState state = new PdfGState();
		state.setFillOpacity(0.35f);
		under.setGState(state);
		under.setColorFill(new Color(0xB0, 0xB0, 0xB0));
		under.beginText();
		under.setFontAndSize(this.fonts.base(), 150);
		under.showTextAligned(Element.ALIGN_CENTER, this.text, page.getWidth() / 2, page.getHeight() / 2, 45);
		under.endText();
		under.restoreState();
	}

}
