package cn.zhicheng.portal.application.reviewform;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationFile.Applicant;
import cn.zhicheng.portal.application.ApplicationFile.CurrentTitle;
import cn.zhicheng.portal.application.ApplicationFile.Declaration;
import cn.zhicheng.portal.application.ApplicationFile.Personal;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.WorkEntry;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * 一、基本情况 with the photo. The full ID number is printed: this form is signed by the applicant and checked against
 * the ID card, unlike the pages, which mask it.
 */
final class BasicsSection {

	/** 大一寸 (33 × 48 mm) scaled to the photo column, in points. */
	private static final float PHOTO_WIDTH = 84;

	private static final float PHOTO_HEIGHT = 120;

	private BasicsSection() {
	}

	static void write(Document document, FormWriter w, ApplicationFile file, byte @Nullable [] photoJpeg,
			LocalDate filledOn) {
		document.add(w.heading("reviewform.section.1"));
		Applicant a = file.applicant();
		Personal p = file.personal();
		PdfPTable top = FormWriter.table(1.45f, 1.5f, 1.45f, 1.9f, 1.45f);
		top.setSpacingAfter(0);
		top.addCell(w.label("reviewform.name"));
		top.addCell(w.value(a.realName(), FilingStep.PERSONAL, "reviewform.name"));
		top.addCell(w.label("reviewform.gender"));
		top.addCell(w.value(a.gender() == null ? null : w.word(a.gender().messageKey()), FilingStep.PERSONAL,
				"reviewform.gender"));
		top.addCell(photo(w, photoJpeg));
		top.addCell(w.label("reviewform.birth"));
		top.addCell(w.value(w.month(a.birthDate()), FilingStep.PERSONAL, "reviewform.birth"));
		top.addCell(w.label("reviewform.id-number"));
		top.addCell(w.value(a.idNumber(), FilingStep.PERSONAL, "reviewform.id-number"));
		top.addCell(w.label("reviewform.work-start"));
		top.addCell(w.value(w.month(p.workStartedOn()), FilingStep.PERSONAL, "reviewform.work-start"));
		top.addCell(w.label("reviewform.mobile"));
		top.addCell(w.value(a.mobile(), FilingStep.PERSONAL, "reviewform.mobile"));
		top.addCell(w.label("reviewform.education"));
		EducationEntry highest = file.highestEducation();
		top.addCell(w.value(highest == null ? null : w.word("education." + highest.degreeLevel().name()),
				FilingStep.EDUCATION, "reviewform.education"));
		top.addCell(w.label("reviewform.post"));
		top.addCell(p.administrativePost() == null || p.administrativePost().isBlank() ? w.none()
				: w.text(p.administrativePost()));
		document.add(top);

		PdfPTable rest = FormWriter.table(1.45f, 1.5f, 1.45f, 3.35f);
		rest.addCell(w.label("reviewform.unit"));
		rest.addCell(w.span(w.value(file.unit() == null ? null : file.unit().name(), FilingStep.UNIT,
				"reviewform.unit"), 3));
		rest.addCell(w.label("reviewform.supervising"));
		String supervising = file.unit() == null ? null : file.unit().supervisingName();
		rest.addCell(w.span(supervising == null || supervising.isBlank() ? w.none() : w.text(supervising), 3));
		title(rest, w, p.title());
		rest.addCell(w.label("reviewform.appointed"));
		rest.addCell(w.span(w.value(appointed(w, file), FilingStep.EDUCATION, "reviewform.appointed"), 3));
		rest.addCell(w.label("reviewform.specialty"));
		rest.addCell(w.value(p.currentSpecialty(), FilingStep.PERSONAL, "reviewform.specialty"));
		rest.addCell(w.label("reviewform.years"));
		rest.addCell(w.value(p.workStartedOn() == null ? null
				: w.word("reviewform.years.value",
						String.valueOf(Period.between(p.workStartedOn(), filledOn).getYears())),
				FilingStep.PERSONAL, "reviewform.work-start"));
		declaration(rest, w, file);
		document.add(rest);
	}

	private static void title(PdfPTable table, FormWriter w, @Nullable CurrentTitle title) {
		table.addCell(w.label("reviewform.title.name"));
		if (title == null) {
			table.addCell(w.span(w.none(), 3));
			return;
		}
		String level = title.level() == null ? null : w.word("title.level." + title.level().name());
		String name = title.name() == null || title.name().isBlank() || level == null ? title.name()
				: w.word("reviewform.cover.level.value", title.name(), level);
		table.addCell(w.value(name, FilingStep.PERSONAL, "reviewform.title.name"));
		table.addCell(w.label("reviewform.title.obtained-by"));
		table.addCell(w.value(title.obtainedBy() == null ? null
				: w.word("reviewform.obtained." + title.obtainedBy().name()), FilingStep.PERSONAL,
				"reviewform.title.obtained-by"));
		table.addCell(w.label("reviewform.title.obtained-on"));
		table.addCell(w.value(w.month(title.obtainedOn()), FilingStep.PERSONAL, "reviewform.title.obtained-on"));
		table.addCell(w.label("reviewform.title.year"));
		table.addCell(title.obtainedBy() != ObtainedBy.EVALUATION ? w.none()
				: w.value(title.evaluationYear() == null ? null : String.valueOf(title.evaluationYear()),
						FilingStep.PERSONAL, "reviewform.title.year"));
		table.addCell(w.label("reviewform.title.certificate"));
		table.addCell(w.value(title.certificateNo(), FilingStep.PERSONAL, "reviewform.title.certificate"));
		table.addCell(w.label("reviewform.title.authority"));
		table.addCell(w.value(title.authority(), FilingStep.PERSONAL, "reviewform.title.authority"));
	}

	private static void declaration(PdfPTable table, FormWriter w, ApplicationFile file) {
		Declaration d = file.declaration();
		table.addCell(w.label("reviewform.route"));
		table.addCell(w.text(w.word("reviewform.route." + d.route().name())));
		table.addCell(w.label("reviewform.type"));
		table.addCell(w.text(w.word("catalog.kind." + file.header().type().name())));
		if (d.route() == Route.EXCEPTIONAL) {
			List<String> complete = d.recommenders()
				.stream()
				.filter(r -> !r.name().isBlank() && !r.title().isBlank() && !r.unit().isBlank())
				.map(r -> w.word("reviewform.recommender", r.name(), r.title(), r.unit()))
				.toList();
			// 破格 needs two expert recommenders of the target level (DOMAIN.md §2.5).
			table.addCell(w.label("reviewform.recommenders"));
			table.addCell(w.span(w.value(complete.size() < 2 ? null
					: String.join(w.word("reviewform.separator"), complete), FilingStep.DECLARATION,
					"reviewform.recommenders"), 3));
		}
		if (file.header().type() == ApplicationType.COMMISSIONED_EVALUATION) {
			table.addCell(w.label("reviewform.commission.reason"));
			table.addCell(w.span(w.value(file.commission() == null ? null : file.commission().reason(),
					FilingStep.DECLARATION, "reviewform.commission.reason"), 3));
		}
	}

	/** 现聘职务及聘任时间: the job that has not ended, from 工作经历. */
	private static @Nullable String appointed(FormWriter w, ApplicationFile file) {
		return file.works()
			.stream()
			.map(StoredRecord::entry)
			.filter(work -> work.endedOn() == null)
			.max(java.util.Comparator.comparing(WorkEntry::startedOn))
			.map(work -> w.word("reviewform.appointed.value", work.position(), w.month(work.startedOn())))
			.orElse(null);
	}

	/** The JPEG as stored: OpenPDF embeds its bytes unchanged (DCTDecode), no decoding or re-encoding. */
	private static PdfPCell photo(FormWriter w, byte @Nullable [] jpeg) {
		if (jpeg == null || jpeg.length == 0) {
			PdfPCell missing = w.missing(FilingStep.PERSONAL, "reviewform.photo");
			missing.setRowspan(4);
			missing.setHorizontalAlignment(Element.ALIGN_CENTER);
			return missing;
		}
		try {
			Image image = Image.getInstance(jpeg);
			image.scaleToFit(PHOTO_WIDTH, PHOTO_HEIGHT);
			PdfPCell cell = new PdfPCell(image, false);
			cell.setRowspan(4);
			cell.setPadding(3);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			return cell;
		}
		catch (IOException | RuntimeException unreadable) {
			// Checked on upload; should a stored photo still not decode, the form asks for a new one.
			PdfPCell missing = w.missing(FilingStep.PERSONAL, "reviewform.photo");
			missing.setRowspan(4);
			return missing;
		}
	}

}
