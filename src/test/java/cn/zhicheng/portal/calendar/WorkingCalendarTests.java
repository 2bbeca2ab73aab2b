package cn.zhicheng.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar against the State Council's notices for 2024, 2025 and 2026, typed here from DOMAIN.md §4.2 rather
 * than read from the migration, so a slip in either shows up as a difference.
 */
@PortalTest
class WorkingCalendarTests {

	/** Days off per year, as ranges from the notices' tables. */
	private static final Map<Integer, String[]> DAYS_OFF = Map.of(
			2024, new String[] { "2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06",
					"2024-05-01..2024-05-05", "2024-06-10", "2024-09-15..2024-09-17", "2024-10-01..2024-10-07" },
			2025, new String[] { "2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06",
					"2025-05-01..2025-05-05", "2025-05-31..2025-06-02", "2025-10-01..2025-10-08" },
			2026, new String[] { "2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
					"2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
					"2026-10-01..2026-10-07" });

	/** 调休上班 weekend days. */
	private static final Map<Integer, String[]> ADJUSTED = Map.of(
			2024, new String[] { "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
					"2024-09-29", "2024-10-12" },
			2025, new String[] { "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11" },
			2026, new String[] { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
					"2026-10-10" });

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	PublicNoticePolicy policy;

	@ParameterizedTest
	@CsvSource({ "2024, 251", "2025, 248", "2026, 248" })
	void everyDayOfThePublishedYearsMatchesTheNotice(int year, int workingDays) {
		Set<LocalDate> off = dates(DAYS_OFF.get(year));
		Set<LocalDate> adjusted = dates(ADJUSTED.get(year));
		int counted = 0;
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			DayKind expected = off.contains(day) ? DayKind.HOLIDAY
					: adjusted.contains(day) ? DayKind.ADJUSTED_WORKDAY : weekend(day) ? DayKind.WEEKEND
							: DayKind.WORKDAY;
			assertThat(calendar.kindOf(day)).as("%s", day).isEqualTo(expected);
			assertThat(calendar.isWorkingDay(day)).as("%s", day)
				.isEqualTo(expected == DayKind.WORKDAY || expected == DayKind.ADJUSTED_WORKDAY);
			counted += calendar.isWorkingDay(day) ? 1 : 0;
		}
		assertThat(counted).isEqualTo(workingDays);
		assertThat(calendar.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
			.isEqualTo(workingDays);
	}

	@Test
	void everyAdjustedWorkingDayIsAWeekendDay() {
		ADJUSTED.values().stream().flatMap(days -> dates(days).stream())
			.forEach(day -> assertThat(weekend(day)).as("%s", day).isTrue());
	}

	@Test
	void newYearsEve2024IsAnOrdinaryWorkingDay() {
		assertThat(calendar.kindOf(LocalDate.of(2024, 2, 9))).isEqualTo(DayKind.WORKDAY);
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
	}

	@Test
	void aDayOffOnAWeekendIsStillAHoliday() {
		assertThat(calendar.kindOf(LocalDate.of(2024, 2, 10))).isEqualTo(DayKind.HOLIDAY);
		assertThat(calendar.kindOf(LocalDate.of(2025, 10, 4))).isEqualTo(DayKind.HOLIDAY);
	}

	@ParameterizedTest(name = "{0} + {1} working days ends {2}")
	@CsvSource({
			// Spring Festival 2024: 2/8 Thu, 2/9 Fri, 2/10–2/17 off, 2/18 Sun worked, 2/19 Mon, 2/20 Tue.
			"2024-02-08, 5, 2024-02-20",
			// Starting on a holiday: counting begins at 2/18, the adjusted Sunday.
			"2024-02-12, 5, 2024-02-22",
			// Starting on an adjusted Sunday counts that Sunday.
			"2024-02-18, 5, 2024-02-22", "2024-02-04, 5, 2024-02-08",
			// Starting on an ordinary Saturday counts from Monday.
			"2024-03-02, 5, 2024-03-08",
			// National Day 2024: 9/29 Sun worked, 10/1–10/7 off.
			"2024-09-27, 5, 2024-10-09",
			// National Day and Mid-Autumn 2025: 9/28 Sun worked, 10/1–10/8 off, 10/11 Sat worked.
			"2025-09-26, 5, 2025-10-09", "2025-09-30, 5, 2025-10-13",
			// Spring Festival 2025: 1/26 Sun worked, 1/28–2/4 off.
			"2025-01-24, 5, 2025-02-06",
			// Spring Festival 2026: 2/14 Sat worked, 2/15–2/23 off.
			"2026-02-12, 5, 2026-02-25",
			// One working day on a working day is the day itself.
			"2024-02-09, 1, 2024-02-09" })
	void publicNoticeEndsOnTheNthWorkingDay(LocalDate start, int days, LocalDate end) {
		assertThat(calendar.nthWorkingDay(start, days)).isEqualTo(end);
		assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(days);
	}

	@Test
	void countsBothEnds() {
		// February 2024: 21 weekdays, 5 of them off (2/12–2/16), plus the worked Sundays 2/4 and 2/18.
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).isEqualTo(18);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 9))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17))).isZero();
	}

	/** Ranges across year ends and leap days, counted by the notice's days (not the calendar's running counts). */
	@ParameterizedTest
	@CsvSource({ "2024-12-20, 2026-01-10", "2024-02-28, 2024-03-01", "2025-12-31, 2026-01-05", "2024-01-01, 2026-12-31",
			"2026-02-13, 2026-02-24" })
	void countsAnyRangeAsTheNoticeDays(LocalDate from, LocalDate to) {
		Set<LocalDate> off = new HashSet<>();
		Set<LocalDate> adjusted = new HashSet<>();
		DAYS_OFF.values().forEach(days -> off.addAll(dates(days)));
		ADJUSTED.values().forEach(days -> adjusted.addAll(dates(days)));
		int expected = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			expected += adjusted.contains(day) || !off.contains(day) && !weekend(day) ? 1 : 0;
		}
		assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
	}

	@Test
	void yearsWithoutANoticeAreRefusedNotGuessed() {
		assertThat(calendar.isLoaded(2024)).isTrue();
		assertThat(calendar.isLoaded(2023)).isFalse();
		assertThat(calendar.isLoaded(2027)).isFalse();
		assertThatThrownBy(() -> calendar.kindOf(LocalDate.of(2023, 12, 29))).isInstanceOf(YearNotLoadedException.class)
			.extracting(ex -> ((YearNotLoadedException) ex).year())
			.isEqualTo(2023);
		assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
			.isInstanceOf(YearNotLoadedException.class);
		// 12/28–12/31 are four working days; the fifth would fall in 2027.
		assertThatThrownBy(() -> calendar.nthWorkingDay(LocalDate.of(2026, 12, 28), 5))
			.isInstanceOf(YearNotLoadedException.class);
		assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31)))
			.isInstanceOf(YearNotLoadedException.class);
	}

	@Test
	void refusesMeaninglessArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.nthWorkingDay(LocalDate.of(2024, 3, 1), 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)));
	}

	@Test
	void aPublicNoticeRunsFiveWorkingDaysByDefault() {
		assertThat(policy.workingDays()).isEqualTo(5);
	}

	private static Set<LocalDate> dates(String[] specs) {
		Set<LocalDate> dates = new TreeSet<>();
		for (String spec : specs) {
			String[] ends = spec.split("\\.\\.");
			LocalDate first = LocalDate.parse(ends[0]);
			LocalDate last = LocalDate.parse(ends[ends.length - 1]);
			Stream.iterate(first, day -> !day.isAfter(last), day -> day.plusDays(1)).forEach(dates::add);
		}
		return dates;
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
