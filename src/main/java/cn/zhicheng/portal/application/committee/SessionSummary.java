package cn.zhicheng.portal.application.committee;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of the city's list of sessions, with how many files it has decided and passed. */
public record SessionSummary(long id, String committeeName, int reviewYear, LocalDate heldOn, int membersTotal,
		int membersPresent, int voted, int passed, @Nullable LocalDate resultNoticeStartsOn,
		@Nullable LocalDate resultNoticeEndsOn) {
}
