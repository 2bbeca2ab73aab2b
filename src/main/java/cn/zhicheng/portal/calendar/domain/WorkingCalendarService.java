package cn.zhicheng.portal.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.zhicheng.portal.calendar.DayKind;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.calendar.YearNotLoadedException;

import org.springframework.stereotype.Service;

/**
 * Answers from an in-memory copy of each year, read once on first use: counting a 公示 walks day by day, and the data
 * change only when an administrator edits them ({@link #forget()}). A year found missing is remembered as missing too.
 */
@Service
class WorkingCalendarService implements WorkingCalendar {

	private final CalendarYearRepository years;

	private final CalendarDayRepository days;

	private final Map<Integer, Optional<Map<LocalDate, DayKind>>> cache = new ConcurrentHashMap<>();

	WorkingCalendarService(CalendarYearRepository years, CalendarDayRepository days) {
		this.years = years;
		this.days = days;
	}

	@Override
	public DayKind kindOf(LocalDate day) {
		DayKind declared = exceptions(day.getYear()).get(day);
		if (declared != null) {
			return declared;
		}
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? DayKind.WEEKEND
				: DayKind.WORKDAY;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return kindOf(day).working();
	}

	@Override
	public LocalDate nthWorkingDay(LocalDate start, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1, was " + n);
		}
		LocalDate day = start;
		int counted = isWorkingDay(day) ? 1 : 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
		// Both ends first, so a range into an unloaded year fails before any counting.
		exceptions(from.getYear());
		exceptions(to.getYear());
		int count = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public boolean isLoaded(int year) {
		return load(year).isPresent();
	}

	/** Drops the copies; called after an administrator's change commits. */
	void forget() {
		cache.clear();
	}

	private Map<LocalDate, DayKind> exceptions(int year) {
		return load(year).orElseThrow(() -> new YearNotLoadedException(year));
	}

	private Optional<Map<LocalDate, DayKind>> load(int year) {
		return cache.computeIfAbsent(year, this::read);
	}

	private Optional<Map<LocalDate, DayKind>> read(int year) {
		if (!years.existsById(year)) {
			return Optional.empty();
		}
		Map<LocalDate, DayKind> exceptions = days
			.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.collect(Collectors.toUnmodifiableMap(CalendarDay::day, CalendarDay::kind));
		return Optional.of(exceptions);
	}

}
