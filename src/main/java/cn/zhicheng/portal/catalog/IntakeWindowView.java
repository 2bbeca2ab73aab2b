package cn.zhicheng.portal.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A committee's intake window for one 评审年度, both days included, and whether it lets applicants amend (补正) a
 * returned file and within how many working days.
 */
public record IntakeWindowView(long id, long committeeId, int reviewYear, LocalDate opensOn, LocalDate closesOn,
		boolean amendmentsAllowed, @Nullable Integer amendmentWorkingDays) {

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

}
