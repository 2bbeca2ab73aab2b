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
import cn.zhicheng.portal.cluster.CacheInvalidation;

import org.springframework.stereotype.Service;

/**
 * Answers from an in-memory copy of each year, read once on first use: the queues count working days for every row
 * they show (#9), so each year is kept as the kind of each of its days plus a running count of working days, and a
 * count over any range is a subtraction per year rather than a walk. The data change only when an administrator edits
 * them ({@link #forget()}), on whichever instance: the others are told to forget theirs (issue #11). A year found
 * missing is remembered as missing too.
 */
@Service
class WorkingCalendarService implements WorkingCalendar {

	private final CalendarYearRepository years;

	private final CalendarDayRepository days;

	/** The name the other instances know this copy by. */
	static final String CACHE = "working-calendar";

	private final Map<Integer, Optional<Year>> cache = new ConcurrentHashMap<>();

	private final CacheInvalidation invalidation;

	WorkingCalendarService(CalendarYearRepository years, CalendarDayRepository days, CacheInvalidation invalidation) {
		this.years = years;
		this.days = days;
		this.invalidation = invalidation;
		invalidation.onInvalidation(CACHE, cache::clear);
	}

	@Override
	public DayKind kindOf(LocalDate day) {
		return year(day.getYear()).kindOf(day);
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
		year(from.getYear());
		year(to.getYear());
		int count = 0;
		for (int y = from.getYear(); y <= to.getYear(); y++) {
			Year year = year(y);
			LocalDate first = y == from.getYear() ? from : LocalDate.of(y, 1, 1);
			LocalDate last = y == to.getYear() ? to : LocalDate.of(y, 12, 31);
			count += year.workingDaysThrough(last) - year.workingDaysBefore(first);
		}
		return count;
	}

	@Override
	public boolean isLoaded(int year) {
		return load(year).isPresent();
	}

	/** Drops the copies here and on the other instances; called after an administrator's change commits. */
	void forget() {
		cache.clear();
		invalidation.announce(CACHE);
	}

	private Year year(int year) {
		return load(year).orElseThrow(() -> new YearNotLoadedException(year));
	}

	private Optional<Year> load(int year) {
		return cache.computeIfAbsent(year, this::read);
	}

	private Optional<Year> read(int year) {
		if (!years.existsById(year)) {
			return Optional.empty();
		}
		Map<LocalDate, DayKind> exceptions = days
			.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.collect(Collectors.toUnmodifiableMap(CalendarDay::day, CalendarDay::kind));
		return Optional.of(Year.of(year, exceptions));
	}

	/** One year: each day's kind, and how many working days come before each day ({@code before[length]} = all). */
	private record Year(DayKind[] kinds, int[] before) {

		static Year of(int year, Map<LocalDate, DayKind> exceptions) {
			int length = LocalDate.of(year, 1, 1).lengthOfYear();
			DayKind[] kinds = new DayKind[length];
			int[] before = new int[length + 1];
			LocalDate day = LocalDate.of(year, 1, 1);
			for (int i = 0; i < length; i++, day = day.plusDays(1)) {
				DayKind declared = exceptions.get(day);
				kinds[i] = declared != null ? declared
						: day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
								? DayKind.WEEKEND : DayKind.WORKDAY;
				before[i + 1] = before[i] + (kinds[i].working() ? 1 : 0);
			}
			return new Year(kinds, before);
		}

		DayKind kindOf(LocalDate day) {
			return kinds[day.getDayOfYear() - 1];
		}

		int workingDaysBefore(LocalDate day) {
			return before[day.getDayOfYear() - 1];
		}

		int workingDaysThrough(LocalDate day) {
			return before[day.getDayOfYear()];
		}

	}

}
