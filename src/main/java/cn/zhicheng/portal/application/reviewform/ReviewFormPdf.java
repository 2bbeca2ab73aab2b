package cn.zhicheng.portal.application.reviewform;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.zip.Deflater;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.pdf.FieldCell;
import cn.zhicheng.portal.pdf.PdfFonts;
import cn.zhicheng.portal.pdf.Watermark;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 《广东省职称评审表》 (DOMAIN.md §6.3) built from an application's file: the cover, 一–九 from the file and 十–十三 as
 * blanks for the signatures and opinions written on paper. The applicant downloads it before submitting; until then it
 * carries the 预览 watermark. Nothing is left silently empty: a missing value is a red box that names it and links to
 * the step that fills it, and a character the font lacks is printed as its code and reported.
 */
@Component
public class ReviewFormPdf {

	private final PdfFonts fonts;

	private final FieldCell cells;

	private final MessageSource messages;

	private final Clock clock;

	public ReviewFormPdf(PdfFonts fonts, FieldCell cells, MessageSource messages, Clock clock) {
		this.fonts = fonts;
		this.cells = cells;
		this.messages = messages;
		this.clock = clock;
	}

	/** Where the applicant downloads the review form of one application. */
	public static String path(long applicationId) {
		return "/applicant/applications/" + applicationId + "/review-form.pdf";
	}

	/**
	 * @param photoJpeg the account's photo as stored, or null when there is none (a red box asks for it)
	 * @param preview whether the application may still change (a 预览 watermark on every page)
	 * @param baseUrl the portal's address, e.g. {@code https://zc.example.cn}, for the links of the red boxes
	 */
	public RenderedForm render(ApplicationFile file, byte @Nullable [] photoJpeg, boolean preview, String baseUrl) {
		FormWriter w = new FormWriter(this.fonts, this.cells, this.messages, baseUrl, file.header().id());
		LocalDate filledOn = file.header().submittedAt() == null ? LocalDate.now(this.clock)
				: LocalDate.ofInstant(file.header().submittedAt(), this.clock.getZone());
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(PageSize.A4, 45, 45, 50, 50);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setFullCompression();
		// The font subset is most of the work at close; the fastest deflate costs ~1 % in size (issue 5: ≤ 30 ms).
		writer.setCompressionLevel(Deflater.BEST_SPEED);
		if (preview) {
			Watermark.watermark(writer, this.fonts, w.word("pdf.preview"));
		}
		document.addTitle(w.print(w.word("reviewform.title")));
		document.open();
		CoverPage.write(document, w, file, filledOn);
		document.newPage();
		BasicsSection.write(document, w, file, photoJpeg, filledOn);
		RecordSections.write(document, w, file);
		AchievementSections.write(document, w, file);
		OpinionSections.write(document, w);
		document.close();
		return new RenderedForm(out.toByteArray(), w.missing(), w.unprintable());
	}

}
