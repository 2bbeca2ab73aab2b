package cn.zhicheng.portal.application.notice;

import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.records.AchievementKind;
import org.jspecify.annotations.Nullable;

/**
 * What the public may read of a file in its notice (DOMAIN.md §4.1, §7.1 step 2): the row of the list, the 申报信息 and
 * a summary of the achievements since the current title. Built field by field from the submitted file, so the ID
 * number, mobile, birth date and photo it also holds never reach the page.
 */
public record NoticeDetail(NoticeRow row, @Nullable String seriesName, @Nullable String levelName,
		@Nullable String committeeName, @Nullable String currentTitle, List<Achievement> achievements) {

	public NoticeDetail {
		achievements = List.copyOf(achievements);
	}

	public long id() {
		return row.id();
	}

	public @Nullable TitleLevel level() {
		return row.level();
	}

	/** 业绩成果, summarised: kind, title, the person's role and the date; the description stays in the file. */
	public record Achievement(AchievementKind kind, String title, @Nullable String role, LocalDate happenedOn) {
	}

}
