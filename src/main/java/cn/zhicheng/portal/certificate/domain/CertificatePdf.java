package cn.zhicheng.portal.certificate.domain;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.zhicheng.portal.certificate.CertificateView;
import cn.zhicheng.portal.pdf.FieldCell;
import cn.zhicheng.portal.pdf.PdfFonts;
import cn.zhicheng.portal.pdf.Watermark;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The electronic certificate (电子证书, DOMAIN.md §7.1 step 7): one A4 landscape page with the holder's photo, the
 * certificate's details and a QR code that opens the public verification page with the signed token. A certificate
 * that was replaced or revoked carries a watermark saying so. Characters the font lacks are logged (PdfFonts).
 */
@Component
public class CertificatePdf {

	private static final Logger log = LoggerFactory.getLogger(CertificatePdf.class);

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final PdfFonts fonts;

	private final FieldCell cells;

	private final MessageSource messages;

	CertificatePdf(PdfFonts fonts, FieldCell cells, MessageSource messages) {
		this.fonts = fonts;
		this.cells = cells;
		this.messages = messages;
	}

	/**
	 * @param photoJpeg the holder's photo, or null (a box says 照片)
	 * @param verifyUrl what the QR code opens
	 */
	public byte[] render(CertificateView c, byte @Nullable [] photoJpeg, String verifyUrl) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(PageSize.A4.rotate(), 50, 50, 45, 45);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setFullCompression();
			if (!c.valid()) {
				Watermark.watermark(writer, fonts, word("certificate.pdf.status." + c.status()));
			}
			document.addTitle(word("certificate.pdf.title") + " " + c.number());
			document.open();
			frame(writer.getDirectContent(), document.getPageSize());
			Paragraph title = new Paragraph(word("certificate.pdf.title"), fonts.bold(26));
			title.setAlignment(Element.ALIGN_CENTER);
			document.add(title);
			Paragraph subtitle = new Paragraph(word("certificate.pdf.subtitle"), fonts.regular(12, Color.DARK_GRAY));
			subtitle.setAlignment(Element.ALIGN_CENTER);
			subtitle.setSpacingAfter(18);
			document.add(subtitle);
			PdfPTable layout = new PdfPTable(new float[] { 1.3f, 4.2f, 1.6f });
			layout.setWidthPercentage(100);
			layout.addCell(bare(photo(photoJpeg)));
			layout.addCell(bare(fields(c)));
			layout.addCell(bare(qr(writer.getDirectContent(), verifyUrl)));
			document.add(layout);
			Paragraph issuer = new Paragraph(c.issuer() + "    " + word("certificate.pdf.issued-on",
					c.issuedOn().getYear(), c.issuedOn().getMonthValue(), c.issuedOn().getDayOfMonth()),
					fonts.regular(13));
			issuer.setAlignment(Element.ALIGN_RIGHT);
			issuer.setSpacingBefore(16);
			document.add(issuer);
			document.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot render certificate " + c.number(), ex);
		}
		List<Integer> missing = fonts.unprintable(c.holderName() + c.titleName() + c.specialtyName() + c.committeeName()
				+ c.issuer() + c.number());
		if (!missing.isEmpty()) {
			log.warn("Certificate {}: the font cannot print {}", c.id(), PdfFonts.describe(missing));
		}
		return out.toByteArray();
	}

	private PdfPTable fields(CertificateView c) {
		PdfPTable table = new PdfPTable(new float[] { 1.3f, 3f });
		table.setWidthPercentage(100);
		row(table, "name", c.holderName());
		row(table, "id-number", c.holderIdMasked());
		row(table, "title", c.titleName());
		row(table, "series", c.seriesName());
		row(table, "specialty", c.specialtyName());
		row(table, "level", messages.getMessage("title.level." + c.level(), null, c.level(), ZH));
		row(table, "review-year", word("certificate.review-year.value", c.reviewYear()));
		row(table, "committee", c.committeeName());
		row(table, "number", c.number());
		return table;
	}

	private void row(PdfPTable table, String key, @Nullable String value) {
		String label = word("certificate.field." + key);
		table.addCell(cells.label(label));
		table.addCell(cells.value(label, value));
	}

	private PdfPCell photo(byte @Nullable [] jpeg) throws IOException {
		if (jpeg != null) {
			try {
				Image image = Image.getInstance(jpeg);
				image.scaleToFit(94, 136);
				PdfPCell cell = new PdfPCell(image, false);
				cell.setHorizontalAlignment(Element.ALIGN_CENTER);
				return cell;
			}
			catch (RuntimeException unreadable) {
				log.warn("Certificate photo unreadable: {}", unreadable.getMessage());
			}
		}
		PdfPCell box = new PdfPCell(new Phrase(word("certificate.pdf.photo"), fonts.regular(11, Color.GRAY)));
		box.setFixedHeight(136);
		box.setHorizontalAlignment(Element.ALIGN_CENTER);
		box.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return box;
	}

	private PdfPCell qr(PdfContentByte canvas, String verifyUrl) throws DocumentException {
		PdfPTable table = new PdfPTable(1);
		PdfPCell code = new PdfPCell(QrCodes.image(canvas, verifyUrl, 120), false);
		code.setBorder(Rectangle.NO_BORDER);
		code.setHorizontalAlignment(Element.ALIGN_CENTER);
		table.addCell(code);
		PdfPCell caption = new PdfPCell(new Phrase(word("certificate.pdf.scan"), fonts.regular(10, Color.DARK_GRAY)));
		caption.setBorder(Rectangle.NO_BORDER);
		caption.setHorizontalAlignment(Element.ALIGN_CENTER);
		table.addCell(caption);
		return new PdfPCell(table);
	}

	private static PdfPCell bare(PdfPCell inner) {
		PdfPTable wrap = new PdfPTable(1);
		wrap.addCell(inner);
		PdfPCell cell = new PdfPCell(wrap);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(6);
		return cell;
	}

	private static PdfPCell bare(PdfPTable table) {
		PdfPCell cell = new PdfPCell(table);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(6);
		return cell;
	}

	private static void frame(PdfContentByte canvas, Rectangle page) {
		canvas.saveState();
		canvas.setRGBColorStroke(0xA0, 0x1E, 0x1E);
		canvas.setLineWidth(3);
		canvas.rectangle(22, 22, page.getWidth() - 44, page.getHeight() - 44);
		canvas.stroke();
		canvas.setLineWidth(0.8f);
		canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
		canvas.stroke();
		canvas.restoreState();
	}

	private String word(String key, Object... args) {
		return messages.getMessage(key, args, ZH);
	}

}
