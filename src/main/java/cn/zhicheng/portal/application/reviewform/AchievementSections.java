package cn.zhicheng.portal.application.reviewform;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.StoredRecord;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * 六、业绩 to 九、工作总结. Achievements are split at the current title as the rules count them (DOMAIN.md §2.3):
 * those before it (获现资格之前, with its summary) open section 六, and 六–八 list those since, by kind. Papers and
 * awards are not asked of everyone, so an empty 七 or 八 reads 无; no achievement at all since the title is a red box.
 */
final class AchievementSections {

	private static final Set<AchievementKind> HONOURS = EnumSet.of(AchievementKind.AWARD, AchievementKind.PATENT,
			AchievementKind.STANDARD);

	private AchievementSections() {
	}

	static void write(Document document, FormWriter w, ApplicationFile file) {
		document.add(w.heading("reviewform.section.6"));
		before(document, w, file);
		List<AchievementEntry> since = file.achievementsSinceTitle()
			.stream()
			.map(StoredRecord::entry)
			.sorted(Comparator.comparing(AchievementEntry::happenedOn))
			.toList();
		document.add(w.heading("reviewform.achievement.since"));
		PdfPTable projects = RecordSections.headed(w, new float[] { 2.2f, 1.2f, 1.2f, 1.4f, 2.6f },
				"reviewform.project.title", "reviewform.date", "reviewform.project.role", "reviewform.project.level",
				"reviewform.project.result");
		List<AchievementEntry> projectList = since.stream().filter(a -> a.achievementKind() == AchievementKind.PROJECT)
			.toList();
		if (since.isEmpty()) {
			projects.addCell(w.span(w.missing(FilingStep.ACHIEVEMENTS, "reviewform.achievement.records"), 5));
		}
		else if (projectList.isEmpty()) {
			projects.addCell(w.span(w.none(), 5));
		}
		for (AchievementEntry a : projectList) {
			projects.addCell(w.text(a.title()));
			projects.addCell(w.text(w.month(a.happenedOn())));
			projects.addCell(w.text(a.roleOrRank()));
			projects.addCell(optional(w, a.levelOrJournal()));
			projects.addCell(optional(w, a.description()));
		}
		document.add(projects);

		document.add(w.heading("reviewform.section.7"));
		PdfPTable papers = RecordSections.headed(w, new float[] { 2.6f, 2.2f, 1.2f, 1.2f }, "reviewform.paper.title",
				"reviewform.paper.journal", "reviewform.date", "reviewform.rank");
		rows(papers, w, since.stream().filter(a -> a.achievementKind() == AchievementKind.PAPER).toList(), false);
		document.add(papers);

		document.add(w.heading("reviewform.section.8"));
		PdfPTable honours = RecordSections.headed(w, new float[] { 0.9f, 2.4f, 2.2f, 1.2f, 1.2f },
				"reviewform.honour.kind", "reviewform.honour.title", "reviewform.honour.level", "reviewform.date",
				"reviewform.rank");
		rows(honours, w, since.stream().filter(a -> HONOURS.contains(a.achievementKind())).toList(), true);
		document.add(honours);

		document.add(w.heading("reviewform.section.9"));
		PdfPTable summary = FormWriter.table(1);
		String text = file.personal().workSummary();
		PdfPCell cell = text == null || text.isBlank()
				? w.missing(FilingStep.ACHIEVEMENTS, "reviewform.summary") : w.text(text);
		cell.setMinimumHeight(120);
		summary.addCell(cell);
		document.add(summary);
	}

	/** 获现资格之前: only for someone who holds a title; an evaluation needs its records or its summary. */
	private static void before(Document document, FormWriter w, ApplicationFile file) {
		document.add(w.heading("reviewform.achievement.before"));
		PdfPTable table = RecordSections.headed(w, new float[] { 0.9f, 2.6f, 1.2f, 1.4f, 2.2f },
				"reviewform.honour.kind", "reviewform.honour.title", "reviewform.date", "reviewform.rank",
				"reviewform.honour.level");
		List<AchievementEntry> before = file.achievementsBeforeTitle()
			.stream()
			.map(StoredRecord::entry)
			.sorted(Comparator.comparing(AchievementEntry::happenedOn))
			.toList();
		String summary = file.personal().beforeSummary();
		boolean hasSummary = summary != null && !summary.isBlank();
		boolean asked = file.personal().title() != null
				&& FilingStep.of(file.header().type()).contains(FilingStep.BEFORE);
		if (before.isEmpty()) {
			table.addCell(w.span(asked && !hasSummary
					? w.missing(FilingStep.BEFORE, "reviewform.achievement.before.records") : w.none(), 5));
		}
		for (AchievementEntry a : before) {
			table.addCell(w.text(w.word("records.achievement." + a.achievementKind().name())));
			table.addCell(w.text(a.title()));
			table.addCell(w.text(w.month(a.happenedOn())));
			table.addCell(w.text(a.roleOrRank()));
			table.addCell(optional(w, a.levelOrJournal()));
		}
		if (hasSummary) {
			table.addCell(w.span(w.text(summary), 5));
		}
		document.add(table);
	}

	private static void rows(PdfPTable table, FormWriter w, List<AchievementEntry> entries, boolean withKind) {
		int columns = table.getNumberOfColumns();
		if (entries.isEmpty()) {
			table.addCell(w.span(w.none(), columns));
		}
		for (AchievementEntry a : entries) {
			if (withKind) {
				table.addCell(w.text(w.word("records.achievement." + a.achievementKind().name())));
			}
			table.addCell(w.text(a.title()));
			table.addCell(optional(w, a.levelOrJournal()));
			table.addCell(w.text(w.month(a.happenedOn())));
			table.addCell(w.text(a.roleOrRank()));
		}
	}

	/** Level, journal and description are optional in the records: an empty one is not an error. */
	private static PdfPCell optional(FormWriter w, @Nullable String value) {
		return value == null || value.isBlank() ? w.none() : w.text(value);
	}

}
