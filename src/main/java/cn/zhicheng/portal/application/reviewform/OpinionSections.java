package cn.zhicheng.portal.application.reviewform;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/**
 * 十 to 十三: the unit's recommendation with its 评前公示 dates, the supervising department's and the committee's
 * opinions and vote, and the 人社 record. They are written and sealed on paper, so the form leaves ruled blanks; the
 * vote line follows 人社部令第40号 (≥ 2/3 present, 同意 ≥ 2/3 of those present).
 */
final class OpinionSections {

	private OpinionSections() {
	}

	static void write(Document document, FormWriter w) {
		document.newPage();
		document.add(w.heading("reviewform.section.10"));
		PdfPTable unit = FormWriter.table(1);
		unit.addCell(w.note(w.word("reviewform.opinion.notice"), Element.ALIGN_LEFT));
		unit.addCell(w.blank(110));
		unit.addCell(w.note(w.word("reviewform.opinion.unit-sign"), Element.ALIGN_RIGHT));
		document.add(unit);

		document.add(w.heading("reviewform.section.11"));
		PdfPTable supervising = FormWriter.table(1);
		supervising.addCell(w.blank(90));
		supervising.addCell(w.note(w.word("reviewform.opinion.seal"), Element.ALIGN_RIGHT));
		document.add(supervising);

		document.add(w.heading("reviewform.section.12"));
		PdfPTable committee = FormWriter.table(1);
		committee.addCell(w.note(w.word("reviewform.opinion.panel"), Element.ALIGN_LEFT));
		committee.addCell(w.blank(70));
		committee.addCell(w.note(w.word("reviewform.opinion.vote"), Element.ALIGN_LEFT));
		committee.addCell(w.note(w.word("reviewform.opinion.conclusion"), Element.ALIGN_LEFT));
		committee.addCell(w.note(w.word("reviewform.opinion.chair-sign"), Element.ALIGN_RIGHT));
		document.add(committee);

		document.add(w.heading("reviewform.section.13"));
		PdfPTable record = FormWriter.table(1);
		record.addCell(w.blank(80));
		record.addCell(w.note(w.word("reviewform.opinion.seal"), Element.ALIGN_RIGHT));
		document.add(record);
	}

}
