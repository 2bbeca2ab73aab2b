package cn.zhicheng.portal.application.committee;

import java.time.LocalDate;

/** A session to record: which committee sat for which 评审年度, when, who chaired, how many were expected and came. */
public record NewSession(long committeeId, int reviewYear, LocalDate heldOn, int membersTotal, int membersPresent,
		String chair) {
}
