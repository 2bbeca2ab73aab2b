package cn.zhicheng.portal.application.committee;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A session as its page shows it; the notice dates are set once the results are published. */
public record SessionView(long id, long committeeId, String committeeName, int reviewYear, LocalDate heldOn,
		int membersTotal, int membersPresent, String chair, long version, @Nullable LocalDate resultNoticeStartsOn,
		@Nullable LocalDate resultNoticeEndsOn, boolean published) {
}
