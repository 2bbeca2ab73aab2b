package cn.zhicheng.portal.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar of a 评审年度 in the data set: intake from 5 January to 31 March of the following year (DOMAIN.md
 * §7.2), the committee sitting in May and publishing its results for a week, certificates a month later. The year
 * still being filed on the data set's day ({@code asOf}) has its session called but not yet held.
 */
final class Timeline {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int MEMBERS = 25;

	static final int PRESENT = 21;

	/** A 评前公示 of five working days spans at least a week. */
	static final int NOTICE_DAYS = 7;

	private Timeline() {
	}

	static LocalDate opens(int year) {
		return LocalDate.of(year + 1, 1, 5);
	}

	static LocalDate closes(int year) {
		return LocalDate.of(year + 1, 3, 31);
	}

	static boolean current(int year) {
		return year == World.FIRST_YEAR + World.YEARS - 1;
	}

	static LocalDate sessionHeld(int year, LocalDate asOf) {
		return current(year) ? asOf.plusDays(30) : LocalDate.of(year + 1, 5, 20);
	}

	static LocalDate resultsFrom(int year) {
		return LocalDate.of(year + 1, 5, 25);
	}

	static LocalDate resultsUntil(int year) {
		return resultsFrom(year).plusDays(NOTICE_DAYS);
	}

	static LocalDate certificateIssued(int year) {
		return resultsUntil(year).plusDays(14);
	}

	static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ZONE).toInstant();
	}

	static LocalDate day(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

}
