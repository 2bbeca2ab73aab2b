package cn.zhicheng.portal.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.calendar.DayKind;
import cn.zhicheng.portal.calendar.domain.CalendarAdministration.Entry;
import cn.zhicheng.portal.calendar.domain.CalendarAdministration.LineProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads a year's notice typed as lines {@code yyyy-MM-dd,HOLIDAY|ADJUSTED_WORKDAY,名称}. Every bad line is reported,
 * not only the first, so the administrator fixes the text in one pass.
 */
final class CalendarLines {

	static final int MAX_NAME = 40;

	private CalendarLines() {
	}

	record Parsed(List<Entry> entries, List<LineProblem> problems) {
	}

	static Parsed parse(int year, String text) {
		List<Entry> entries = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int number = i + 1;
			// A full-width comma is what a Chinese keyboard types; accepting it spares a confusing error.
			String[] parts = line.replace('，', ',').split(",", -1);
			if (parts.length != 3) {
				problems.add(new LineProblem(number, "calendar.load.line.format"));
				continue;
			}
			String problem = check(year, parts, seen);
			if (problem != null) {
				problems.add(new LineProblem(number, problem));
				continue;
			}
			LocalDate day = LocalDate.parse(parts[0].strip());
			seen.add(day);
			entries.add(new Entry(day, DayKind.valueOf(parts[1].strip()), parts[2].strip()));
		}
		if (entries.isEmpty() && problems.isEmpty()) {
			problems.add(new LineProblem(1, "calendar.load.line.none"));
		}
		return new Parsed(entries, problems);
	}

	private static @Nullable String check(int year, String[] parts, Set<LocalDate> seen) {
		LocalDate day;
		try {
			day = LocalDate.parse(parts[0].strip());
		}
		catch (DateTimeParseException ex) {
			return "calendar.load.line.date";
		}
		if (day.getYear() != year) {
			return "calendar.load.line.year";
		}
		if (seen.contains(day)) {
			return "calendar.load.line.duplicate";
		}
		String kind = parts[1].strip();
		if (!kind.equals(DayKind.HOLIDAY.name()) && !kind.equals(DayKind.ADJUSTED_WORKDAY.name())) {
			return "calendar.load.line.kind";
		}
		if (kind.equals(DayKind.ADJUSTED_WORKDAY.name()) && !weekend(day)) {
			return "calendar.load.line.adjusted-weekday";
		}
		String name = parts[2].strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			return "calendar.load.line.name";
		}
		return null;
	}

	/** 调休 moves work onto a weekend; an "adjusted working day" on a weekday is a typing mistake. */
	static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
