package cn.zhicheng.portal.application.reminder;

import java.time.LocalDate;

import cn.zhicheng.portal.calendar.WorkingCalendar;

/**
 * The deadlines exactly {@code n} working days ahead of {@code today}, counted over (today, deadline]: today
 * excluded, the deadline included when it is a working day. They are {@code [from, until)}: from the n-th working
 * day after today up to the day before the (n+1)-th, so a deadline on a weekend or holiday counts like the working
 * day before it. Example across 清明 2026 (4/4–4/6 off): on Wed 4/1, 4/7 is 3 working days ahead and 4/13 is 7.
 */
record DueWindow(LocalDate from, LocalDate until) {

	/** @throws cn.zhicheng.portal.calendar.YearNotLoadedException when the window reaches an unloaded year */
	static DueWindow ahead(WorkingCalendar calendar, LocalDate today, int n) {
		LocalDate first = today.plusDays(1);
		return new DueWindow(calendar.nthWorkingDay(first, n), calendar.nthWorkingDay(first, n + 1));
	}

}
