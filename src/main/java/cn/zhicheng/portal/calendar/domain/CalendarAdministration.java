package cn.zhicheng.portal.calendar.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.calendar.DayKind;
import cn.zhicheng.portal.calendar.YearNotLoadedException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators' upkeep of the calendar: correcting a day, and loading next year's notice when the State Council
 * publishes it (usually in November). The in-memory copy is dropped after each change commits, not before, so a
 * reader cannot cache the old data again in between.
 */
@Service
@Transactional
public class CalendarAdministration {

	private final CalendarYearRepository years;

	private final CalendarDayRepository days;

	private final WorkingCalendarService calendar;

	private final Clock clock;

	private final AuditLog audit;

	CalendarAdministration(CalendarYearRepository years, CalendarDayRepository days, WorkingCalendarService calendar,
			Clock clock, AuditLog audit) {
		this.audit = audit;
		this.years = years;
		this.days = days;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A loaded year and the notice it came from. */
	public record YearView(int year, String source, @Nullable Instant loadedAt) {
	}

	/** A stored exception: {@code kind} is {@link DayKind#HOLIDAY} or {@link DayKind#ADJUSTED_WORKDAY}. */
	public record Entry(LocalDate day, DayKind kind, String name) {
	}

	/** A line of a loaded notice that could not be read, and why (a message key taking the line number). */
	public record LineProblem(int line, String messageKey) {
	}

	/** Thrown when a year is loaded again without asking to replace it. */
	public static class YearAlreadyLoadedException extends RuntimeException {

		public YearAlreadyLoadedException(int year) {
			super("The calendar for " + year + " is already loaded");
		}

	}

	@Transactional(readOnly = true)
	public List<YearView> years() {
		return years.findAllByOrderByYearDesc().stream().map(CalendarYear::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<Entry> entries(int year) {
		return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(CalendarDay::toEntry)
			.toList();
	}

	/** Adds the day, or changes it if it is already stored; only in a loaded year, whose notice it corrects. */
	public void save(Entry entry) {
		requireLoaded(entry.day().getYear());
		days.findById(entry.day())
			.ifPresentOrElse(day -> day.change(entry.kind(), entry.name()),
					() -> days.save(new CalendarDay(entry.day(), entry.kind(), entry.name())));
		audit.record(AuditEntry.bySignedIn("ADMIN", "CALENDAR_DAY_SAVED", "CALENDAR", (long) entry.day().getYear(),
				entry.day() + " " + entry.kind() + " " + entry.name()));
		forgetAfterCommit();
	}

	public void delete(LocalDate day) {
		requireLoaded(day.getYear());
		days.findById(day).ifPresent(days::delete);
		audit.record(AuditEntry.bySignedIn("ADMIN", "CALENDAR_DAY_DELETED", "CALENDAR", (long) day.getYear(),
				day.toString()));
		forgetAfterCommit();
	}

	/**
	 * Loads a year's notice from lines {@code yyyy-MM-dd,HOLIDAY|ADJUSTED_WORKDAY,名称}. Nothing is saved unless every
	 * line is good; the problems are returned instead, empty when the year was saved.
	 * @throws YearAlreadyLoadedException if the year is loaded and {@code replace} is false
	 */
	public List<LineProblem> load(int year, String source, String lines, boolean replace) {
		CalendarLines.Parsed parsed = CalendarLines.parse(year, lines);
		if (!parsed.problems().isEmpty()) {
			return parsed.problems();
		}
		Instant now = clock.instant();
		CalendarYear loaded = years.findById(year).orElse(null);
		if (loaded != null && !replace) {
			throw new YearAlreadyLoadedException(year);
		}
		if (loaded == null) {
			years.save(new CalendarYear(year, source, now));
		}
		else {
			days.deleteByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			years.findById(year).orElseThrow().reload(source, now);
		}
		parsed.entries().forEach(entry -> days.save(new CalendarDay(entry.day(), entry.kind(), entry.name())));
		audit.record(AuditEntry.bySignedIn("ADMIN", "CALENDAR_YEAR_LOADED", "CALENDAR", (long) year,
				source + " (" + parsed.entries().size() + ")"));
		forgetAfterCommit();
		return List.of();
	}

	private void requireLoaded(int year) {
		if (!years.existsById(year)) {
			throw new YearNotLoadedException(year);
		}
	}

	private void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					calendar.forget();
				}
			});
		}
		else {
			calendar.forget();
		}
	}

}
