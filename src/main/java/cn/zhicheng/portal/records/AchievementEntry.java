package cn.zhicheng.portal.records;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 获现资格以来 业绩成果: a project, paper, award, patent or standard, with the person's role or rank in it. */
public record AchievementEntry(AchievementKind achievementKind, String title, String roleOrRank,
		@Nullable String levelOrJournal, LocalDate happenedOn, @Nullable String description) implements RecordEntry {

	@Override
	public RecordKind kind() {
		return RecordKind.ACHIEVEMENT;
	}

}
