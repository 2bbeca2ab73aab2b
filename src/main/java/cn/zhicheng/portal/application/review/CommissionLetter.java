package cn.zhicheng.portal.application.review;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.pdf.PdfFonts;
import cn.zhicheng.portal.validation.Masking;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 委托函 (issue #7 part 5): the city bureau's letter asking another province's committee to review one applicant —
 * who, for which series, specialty and level, that the file passed the unit's notice and the city's check — with
 * the holder's ID masked, since the letter travels. Words from the message bundle, the portal's own font.
 */
@Component
class CommissionLetter {

	private final PdfFonts fonts;

	private final MessageSource messages;

	CommissionLetter(PdfFonts fonts, MessageSource messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	byte[] render(ApplicationFile file, String issuer, LocalDate date) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 70, 70, 80, 60);
		PdfWriter.getInstance(document, out);
		document.addTitle(word("review.letter.title"));
		document.open();
		Paragraph title = new Paragraph(word("review.letter.title"), fonts.bold(20));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingAfter(28);
		document.add(title);
		ApplicationFile.Commission commission = file.commission();
		ApplicationFile.Declaration d = file.declaration();
		document.add(paragraph(word("review.letter.to", commission == null ? "" : commission.committeeName())));
		document.add(paragraph(word("review.letter.body", file.unit() == null ? "" : file.unit().name(),
				file.applicant().realName(), Masking.idNumber(file.applicant().idNumber()), d.seriesName(),
				d.specialtyName(), d.levelName(), file.header().reviewYear())));
		if (commission != null && commission.reason() != null) {
			document.add(paragraph(word("review.letter.reason", commission.reason())));
		}
		document.add(paragraph(word("review.letter.request")));
		Paragraph sign = new Paragraph(word("review.letter.sign", issuer, date.getYear(), date.getMonthValue(),
				date.getDayOfMonth()), fonts.regular(13));
		sign.setAlignment(Element.ALIGN_RIGHT);
		sign.setSpacingBefore(40);
		document.add(sign);
		document.close();
		return out.toByteArray();
	}

	private Paragraph paragraph(String text) {
		Paragraph paragraph = new Paragraph(text, fonts.regular(13));
		paragraph.setFirstLineIndent(26);
		paragraph.setLeading(24);
		paragraph.setSpacingAfter(10);
		return paragraph;
	}

	private String word(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
