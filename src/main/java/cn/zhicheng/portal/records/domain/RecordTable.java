package cn.zhicheng.portal.records.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;
import org.jspecify.annotations.Nullable;

/** How each kind of record maps to its table: the columns it writes, the order lists use, and how rows read back. */
enum RecordTable {

	EDUCATION(RecordKind.EDUCATION, "education_record", "graduated_on desc, id", "school", "major", "degree_level",
			"full_time", "started_on", "graduated_on", "certificate_no"),
	WORK(RecordKind.WORK, "work_record", "started_on desc, id", "unit_name", "started_on", "ended_on", "position",
			"work_content", "witness"),
	TRAINING(RecordKind.TRAINING, "training_record", "year desc, id", "year", "public_hours", "professional_hours",
			"elective_hours", "certificate_no"),
	ACHIEVEMENT(RecordKind.ACHIEVEMENT, "achievement_record", "kind, happened_on desc, id", "kind", "title",
			"role_or_rank", "level_or_journal", "happened_on", "description"),
	APPRAISAL(RecordKind.APPRAISAL, "appraisal_record", "year desc, id", "year", "result");

	final RecordKind kind;

	final String name;

	final String order;

	final List<String> columns;

	RecordTable(RecordKind kind, String name, String order, String... columns) {
		this.kind = kind;
		this.name = name;
		this.order = order;
		this.columns = List.of(columns);
	}

	static RecordTable of(RecordKind kind) {
		return Arrays.stream(values()).filter(table -> table.kind == kind).findFirst().orElseThrow();
	}

	/** Whether at most one unarchived record a year is allowed (a partial unique index backs it). */
	boolean oneAYear() {
		return kind == RecordKind.TRAINING || kind == RecordKind.APPRAISAL;
	}

	/** The entry's values in {@link #columns} order. */
	static List<@Nullable Object> values(RecordEntry entry) {
		List<@Nullable Object> values = new ArrayList<>();
		switch (entry) {
			case EducationEntry e -> values.addAll(Arrays.asList(e.school(), e.major(), e.degreeLevel().name(),
					e.fullTime(), e.startedOn(), e.graduatedOn(), e.certificateNo()));
			case WorkEntry w -> values.addAll(Arrays.asList(w.unitName(), w.startedOn(), w.endedOn(), w.position(),
					w.workContent(), w.witness()));
			case TrainingEntry t -> values.addAll(Arrays.asList(t.year(), t.publicHours(), t.professionalHours(),
					t.electiveHours(), t.certificateNo()));
			case AchievementEntry a -> values.addAll(Arrays.asList(a.achievementKind().name(), a.title(),
					a.roleOrRank(), a.levelOrJournal(), a.happenedOn(), a.description()));
			case AppraisalEntry a -> values.addAll(Arrays.asList(a.year(), a.result().name()));
		}
		return values;
	}

	RecordEntry read(ResultSet rs) throws SQLException {
		return switch (kind) {
			case EDUCATION -> new EducationEntry(rs.getString("school"), rs.getString("major"),
					Education.valueOf(rs.getString("degree_level")), rs.getBoolean("full_time"),
					date(rs, "started_on"), date(rs, "graduated_on"), rs.getString("certificate_no"));
			case WORK -> new WorkEntry(rs.getString("unit_name"), date(rs, "started_on"),
					rs.getObject("ended_on", LocalDate.class), rs.getString("position"), rs.getString("work_content"),
					rs.getString("witness"));
			case TRAINING -> new TrainingEntry(rs.getInt("year"), rs.getInt("public_hours"),
					rs.getInt("professional_hours"), rs.getInt("elective_hours"), rs.getString("certificate_no"));
			case ACHIEVEMENT -> new AchievementEntry(AchievementKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getString("role_or_rank"), rs.getString("level_or_journal"), date(rs, "happened_on"),
					rs.getString("description"));
			case APPRAISAL -> new AppraisalEntry(rs.getInt("year"), AppraisalResult.valueOf(rs.getString("result")));
		};
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		LocalDate date = rs.getObject(column, LocalDate.class);
		if (date == null) {
			throw new SQLException(column + " is null");
		}
		return date;
	}

}
