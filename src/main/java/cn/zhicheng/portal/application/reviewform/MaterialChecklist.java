package cn.zhicheng.portal.application.reviewform;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.reviewform.BlankForms.BlankForm;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.pdf.FieldCell;
import cn.zhicheng.portal.pdf.PdfFonts;
import cn.zhicheng.portal.records.AchievementKind;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 申报材料清单: what to hand in for this application's business type and level (DOMAIN.md §6.1, the Guangzhou list
 * and other Guangdong lists), what the portal generates and what the applicant prints and binds, with one continuing
 * education certificate and one appraisal form a year. Binding and number of copies are set by each committee's
 * annual notice, so the list says so instead of guessing them.
 */
@Component
public class MaterialChecklist {

	private final PdfFonts fonts;

	private final FieldCell cells;

	private final MessageSource messages;

	public MaterialChecklist(PdfFonts fonts, FieldCell cells, MessageSource messages) {
		this.fonts = fonts;
		this.cells = cells;
		this.messages = messages;
	}

	public List<ChecklistItem> items(ApplicationFile file) {
		List<ChecklistItem> items = new ArrayList<>();
		ApplicationType type = file.header().type();
		if (!type.titleForm()) {
			items.add(print("reviewform.checklist.reissue.certificate", null));
			String reason = file.reissue() == null || file.reissue().reason() == null ? "evidence"
					: file.reissue().reason().name();
			items.add(print("reviewform.checklist.reissue." + reason, null));
			items.add(print("reviewform.checklist.id-card", null));
			return items;
		}
		long papers = file.achievementsSinceTitle()
			.stream()
			.filter(a -> a.entry().achievementKind() == AchievementKind.PAPER)
			.count();
		long others = file.achievementsSinceTitle().size() - papers;
		items.add(blank("reviewform.checklist.catalog", BlankForm.CATALOG));
		items.add(new ChecklistItem("reviewform.checklist.review-form", null, true,
				ReviewFormPdf.path(file.header().id())));
		items.add(blank("reviewform.checklist.registration", BlankForm.REGISTRATION));
		items.add(print("reviewform.checklist.certificates", null));
		items.add(print("reviewform.checklist.achievements", count(others)));
		items.add(print("reviewform.checklist.papers", count(papers)));
		items.add(blank("reviewform.checklist.public-notice", BlankForm.PUBLIC_NOTICE));
		if (type != ApplicationType.INITIAL_RECOGNITION) {
			items.add(print("reviewform.checklist.report", null));
		}
		items.add(print("reviewform.checklist.appraisals", count(file.appraisals().size())));
		items.add(print("reviewform.checklist.trainings", count(file.trainings().size())));
		items.add(print("reviewform.checklist.degree-check", count(file.educations().size())));
		items.add(print("reviewform.checklist.social-insurance", null));
		items.add(print("reviewform.checklist.licence", null));
		if (file.declaration().route() == Route.EXCEPTIONAL) {
			// 破格: two experts of the target level recommend in writing (DOMAIN.md §2.5).
			items.add(print("reviewform.checklist.recommendations", 2));
		}
		return items;
	}

	/** The checklist as a one-page PDF the applicant ticks off while binding the file. */
	public byte[] render(ApplicationFile file) {
		FormWriter w = new FormWriter(this.fonts, this.cells, this.messages, "", file.header().id());
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		Document document = new Document(PageSize.A4, 45, 45, 50, 50);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setFullCompression();
		document.open();
		document.add(w.title(w.word("reviewform.checklist.title"), 18));
		String level = CoverPage.level(w, file.declaration());
		document.add(w.paragraph(w.word("reviewform.checklist.subtitle", file.header().number(),
				w.word("catalog.kind." + file.header().type().name()), level == null ? w.word("reviewform.none")
						: level), 10.5f));
		PdfPTable table = RecordSections.headed(w, new float[] { 0.5f, 5, 0.8f, 1.6f, 0.6f },
				"reviewform.blank.catalog.number", "reviewform.blank.catalog.material", "reviewform.checklist.count",
				"reviewform.checklist.source", "reviewform.checklist.done");
		table.setSpacingBefore(8);
		int n = 0;
		for (ChecklistItem item : items(file)) {
			table.addCell(w.text(String.valueOf(++n)));
			table.addCell(w.text(w.word(item.messageKey())));
			table.addCell(w.text(item.count() == null ? "" : String.valueOf(item.count())));
			table.addCell(w.text(w.word(item.generated() ? "reviewform.checklist.generated"
					: "reviewform.checklist.to-print")));
			table.addCell(w.blank(20));
		}
		document.add(table);
		document.add(w.paragraph(w.word("reviewform.checklist.note"), 10));
		document.close();
		return out.toByteArray();
	}

	private static ChecklistItem blank(String key, BlankForm form) {
		return new ChecklistItem(key, null, true, form.path());
	}

	private static ChecklistItem print(String key, @Nullable Integer count) {
		return new ChecklistItem(key, count, false, null);
	}

	/** How many the file holds; none when it holds none (the item's words say "one a year"). */
	private static @Nullable Integer count(long n) {
		return n == 0 ? null : (int) n;
	}

}
