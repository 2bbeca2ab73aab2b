package cn.zhicheng.portal.application.reviewform;

import java.util.Comparator;
import java.util.List;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;

/**
 * 二、学历 to 五、年度考核: one row per chosen record, oldest first. A section without records shows one red row
 * naming it, since each of them is part of every title application.
 */
final class RecordSections {

	private RecordSections() {
	}

	static void write(Document document, FormWriter w, ApplicationFile file) {
		educations(document, w, file.educations());
		works(document, w, file.works());
		trainings(document, w, file.trainings());
		appraisals(document, w, file.appraisals());
	}

	private static void educations(Document document, FormWriter w, List<StoredRecord<EducationEntry>> records) {
		document.add(w.heading("reviewform.section.2"));
		PdfPTable table = headed(w, new float[] { 1.7f, 1.9f, 1.7f, 1.3f, 1.1f, 1.6f }, "reviewform.period",
				"reviewform.edu.school", "reviewform.edu.major", "reviewform.edu.level", "reviewform.edu.form",
				"reviewform.edu.certificate");
		if (records.isEmpty()) {
			table.addCell(w.span(w.missing(FilingStep.EDUCATION, "reviewform.edu.records"), 6));
		}
		records.stream()
			.map(StoredRecord::entry)
			.sorted(Comparator.comparing(EducationEntry::startedOn))
			.forEach(e -> {
				table.addCell(w.text(w.range(e.startedOn(), e.graduatedOn())));
				table.addCell(w.text(e.school()));
				table.addCell(w.text(e.major()));
				table.addCell(w.text(w.word("education." + e.degreeLevel().name())));
				table.addCell(w.text(w.word(e.fullTime() ? "reviewform.edu.full-time" : "reviewform.edu.part-time")));
				table.addCell(w.value(e.certificateNo(), FilingStep.EDUCATION, "reviewform.edu.certificate"));
			});
		document.add(table);
	}

	private static void works(Document document, FormWriter w, List<StoredRecord<WorkEntry>> records) {
		document.add(w.heading("reviewform.section.3"));
		PdfPTable table = headed(w, new float[] { 1.7f, 2.1f, 2.4f, 1.3f, 1.2f }, "reviewform.period",
				"reviewform.work.unit", "reviewform.work.content", "reviewform.work.position",
				"reviewform.work.witness");
		if (records.isEmpty()) {
			table.addCell(w.span(w.missing(FilingStep.EDUCATION, "reviewform.work.records"), 5));
		}
		records.stream().map(StoredRecord::entry).sorted(Comparator.comparing(WorkEntry::startedOn)).forEach(e -> {
			table.addCell(w.text(w.range(e.startedOn(), e.endedOn())));
			table.addCell(w.text(e.unitName()));
			table.addCell(w.text(e.workContent()));
			table.addCell(w.text(e.position()));
			table.addCell(w.value(e.witness(), FilingStep.EDUCATION, "reviewform.work.witness"));
		});
		document.add(table);
	}

	private static void trainings(Document document, FormWriter w, List<StoredRecord<TrainingEntry>> records) {
		document.add(w.heading("reviewform.section.4"));
		PdfPTable table = headed(w, new float[] { 1, 1.1f, 1.1f, 1.1f, 1, 2.2f }, "reviewform.year",
				"reviewform.training.public", "reviewform.training.professional", "reviewform.training.elective",
				"reviewform.training.total", "reviewform.training.certificate");
		if (records.isEmpty()) {
			table.addCell(w.span(w.missing(FilingStep.TRAINING, "reviewform.training.records"), 6));
		}
		records.stream().map(StoredRecord::entry).sorted(Comparator.comparing(TrainingEntry::year)).forEach(e -> {
			table.addCell(w.text(String.valueOf(e.year())));
			table.addCell(w.text(String.valueOf(e.publicHours())));
			table.addCell(w.text(String.valueOf(e.professionalHours())));
			table.addCell(w.text(String.valueOf(e.electiveHours())));
			table.addCell(w.text(String.valueOf(e.totalHours())));
			table.addCell(w.value(e.certificateNo(), FilingStep.TRAINING, "reviewform.training.certificate"));
		});
		document.add(table);
	}

	private static void appraisals(Document document, FormWriter w, List<StoredRecord<AppraisalEntry>> records) {
		document.add(w.heading("reviewform.section.5"));
		PdfPTable table = headed(w, new float[] { 1, 2, 1, 2 }, "reviewform.year", "reviewform.appraisal.result",
				"reviewform.year", "reviewform.appraisal.result");
		if (records.isEmpty()) {
			table.addCell(w.span(w.missing(FilingStep.APPRAISAL, "reviewform.appraisal.records"), 4));
		}
		List<AppraisalEntry> years = records.stream()
			.map(StoredRecord::entry)
			.sorted(Comparator.comparing(AppraisalEntry::year))
			.toList();
		// Two years a row: appraisals are short, and ten of them would otherwise take half a page.
		for (AppraisalEntry e : years) {
			table.addCell(w.text(String.valueOf(e.year())));
			table.addCell(w.text(w.word("records.appraisal." + e.result().name())));
		}
		table.completeRow();
		document.add(table);
	}

	static PdfPTable headed(FormWriter w, float[] widths, String... headerKeys) {
		PdfPTable table = FormWriter.table(widths);
		for (String key : headerKeys) {
			table.addCell(w.header(key));
		}
		table.setHeaderRows(1);
		return table;
	}

}
