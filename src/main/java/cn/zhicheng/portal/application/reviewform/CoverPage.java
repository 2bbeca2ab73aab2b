package cn.zhicheng.portal.application.reviewform;

import java.time.LocalDate;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationFile.Declaration;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** 封面 (DOMAIN.md §6.3): who applies, for what, to which committee, and the date the form was filled. */
final class CoverPage {

	private CoverPage() {
	}

	static void write(Document document, FormWriter w, ApplicationFile file, LocalDate filledOn) {
		Paragraph top = w.paragraph(w.word("reviewform.cover.number", file.header().number()), 10);
		document.add(top);
		Paragraph spacer = new Paragraph(" ");
		spacer.setSpacingBefore(90);
		document.add(spacer);
		Paragraph title = w.title(w.word("reviewform.title"), 28);
		title.setSpacingAfter(90);
		document.add(title);

		PdfPTable table = FormWriter.table(1, 2.6f);
		table.setWidthPercentage(78);
		Declaration d = file.declaration();
		row(table, w, "reviewform.name", w.value(file.applicant().realName(), FilingStep.PERSONAL, "reviewform.name"));
		row(table, w, "reviewform.cover.unit", w.value(file.unit() == null ? null : file.unit().name(),
				FilingStep.UNIT, "reviewform.cover.unit"));
		row(table, w, "reviewform.specialty", w.value(file.personal().currentSpecialty(), FilingStep.PERSONAL,
				"reviewform.specialty"));
		row(table, w, "reviewform.cover.series", w.value(both(d.seriesName(), d.specialtyName()),
				FilingStep.DECLARATION, "reviewform.cover.series"));
		row(table, w, "reviewform.cover.level", w.value(level(w, d), FilingStep.DECLARATION,
				"reviewform.cover.level"));
		row(table, w, "reviewform.cover.committee", committee(w, file));
		row(table, w, "reviewform.cover.filled", w.text(w.day(filledOn)));
		document.add(table);

		Paragraph issuer = w.paragraph(w.word("reviewform.cover.issuer"), 12);
		issuer.setAlignment(Paragraph.ALIGN_CENTER);
		issuer.setSpacingBefore(110);
		document.add(issuer);
	}

	/** 申报资格: the title's name and its level, e.g. 高级工程师（副高级）. */
	static @Nullable String level(FormWriter w, Declaration d) {
		if (d.targetLevel() == null) {
			return null;
		}
		String level = w.word("title.level." + d.targetLevel().name());
		return d.levelName() == null || d.levelName().isBlank() ? level
				: w.word("reviewform.cover.level.value", d.levelName(), level);
	}

	private static PdfPCell committee(FormWriter w, ApplicationFile file) {
		ApplicationType type = file.header().type();
		if (type == ApplicationType.COMMISSIONED_EVALUATION) {
			var commission = file.commission();
			return w.value(commission == null ? null : both(commission.province(), commission.committeeName()),
					FilingStep.DECLARATION, "reviewform.cover.committee");
		}
		if (!type.needsCommittee()) {
			return w.none();
		}
		return w.value(file.declaration().committeeName(), FilingStep.DECLARATION, "reviewform.cover.committee");
	}

	/** "a / b" when both are there; null when either is missing, so the box names it. */
	static @Nullable String both(@Nullable String a, @Nullable String b) {
		return a == null || a.isBlank() || b == null || b.isBlank() ? null : a + " / " + b;
	}

	private static void row(PdfPTable table, FormWriter w, String labelKey, PdfPCell value) {
		PdfPCell label = w.label(labelKey);
		label.setMinimumHeight(30);
		table.addCell(label);
		value.setMinimumHeight(30);
		table.addCell(value);
	}

}
