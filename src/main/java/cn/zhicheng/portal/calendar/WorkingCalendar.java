package cn.zhicheng.portal.calendar;

import java.time.LocalDate;

/**
 * Working days as the State Council's notices define them (DOMAIN.md §4.1): Monday to Friday unless a statutory
 * holiday, plus the weekend days declared 调休上班. Every method throws {@link YearNotLoadedException} for a date in a
 * year whose notice is not loaded.
 */
public interface WorkingCalendar {

	DayKind kindOf(LocalDate day);

	boolean isWorkingDay(LocalDate day);

	/**
	 * The {@code n}th working day from {@code start}, counting {@code start} itself when it is a working day: the
	 * earliest end of a 公示 that must run {@code n} working days (DOMAIN.md §4.1), so {@code n = 1} on a working day is
	 * {@code start}.
	 * @throws IllegalArgumentException if {@code n} is less than 1
	 */
	LocalDate nthWorkingDay(LocalDate start, int n);

	/**
	 * The working days in {@code [from, to]}, both ends included.
	 * @throws IllegalArgumentException if {@code from} is after {@code to}
	 */
	int workingDaysBetween(LocalDate from, LocalDate to);

	boolean isLoaded(int year);

}
