package cn.zhicheng.portal.application.notice;

import java.time.LocalDate;

import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

/**
 * One file in its 评前公示 as the public list shows it: who, where, what for and the notice period. Nothing else of
 * the person is read from the database for this row, so nothing else can leak into the page.
 */
public record NoticeRow(long id, String applicantName, String unitName, @Nullable String cityName,
		@Nullable String specialtyName, @Nullable TitleLevel level, LocalDate startsOn, LocalDate endsOn,
		boolean held) {
}
