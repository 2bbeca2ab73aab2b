package cn.zhicheng.portal.application.committee;

import java.time.LocalDate;

/** A session's 评后公示 as the public sees it. */
public record ResultNotice(long id, String committeeName, int reviewYear, LocalDate heldOn, LocalDate startsOn,
		LocalDate endsOn, int passed) {

	/** Still running on {@code today}; otherwise it has ended and the results are final. */
	public boolean runningOn(LocalDate today) {
		return !today.isAfter(endsOn);
	}

}
