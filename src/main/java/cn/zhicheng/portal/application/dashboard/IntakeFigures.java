package cn.zhicheng.portal.application.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.application.dashboard.DashboardFigures.CommitteeIntake;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.DayCount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files submitted per day against each committee's intake window for the review year (DOMAIN.md §7.2: committees
 * take files in January–March of the following year, each inside its own window, stored in {@code intake_window}
 * of V12). The day is the date of {@code submitted_at} in the portal's time zone, the last (re)submission. A committee
 * is shown when it sits in the viewer's jurisdiction or received a file from it; the counts are the viewer's files
 * only. Files submitted before the window opens or after it closes are summed into two rows of their own.
 */
@Component
class IntakeFigures {

	private final JdbcClient jdbc;

	private final Clock clock;

	IntakeFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<CommitteeIntake> intake(Scope scope, int reviewYear) {
		record Window(long committeeId, String name, LocalDate opensOn, LocalDate closesOn) {
		}
		List<Window> windows = jdbc.sql("""
				select w.committee_id, c.name, w.opens_on, w.closes_on
				from intake_window w join committee c on c.id = w.committee_id
				where w.review_year = :year and (%s or w.committee_id in (
				    select a.committee_id from application a
				    where a.review_year = :year and a.committee_id is not null and a.status <> 'DRAFT' and %s))
				order by c.name, w.committee_id
				""".formatted(scope.committees(), scope.clause()))
			.params(scope.params())
			.param("year", reviewYear)
			.query((rs, n) -> new Window(rs.getLong("committee_id"), rs.getString("name"),
					rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate()))
			.list();
		if (windows.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<LocalDate, Long>> perDay = new HashMap<>();
		jdbc.sql("""
				select a.committee_id, (a.submitted_at at time zone :zone)::date as day, count(*) as n
				from application a
				where a.review_year = :year and a.committee_id in (:committees) and a.status <> 'DRAFT'
				  and a.submitted_at is not null and %s
				group by a.committee_id, day
				""".formatted(scope.clause()))
			.params(scope.params())
			.param("year", reviewYear)
			.param("zone", clock.getZone().getId())
			.param("committees", windows.stream().map(Window::committeeId).toList())
			.query(rs -> {
				perDay.computeIfAbsent(rs.getLong("committee_id"), id -> new HashMap<>())
					.put(rs.getDate("day").toLocalDate(), rs.getLong("n"));
			});
		return windows.stream().map(window -> {
			Map<LocalDate, Long> counts = perDay.getOrDefault(window.committeeId(), Map.of());
			List<DayCount> days = new ArrayList<>();
			for (LocalDate day = window.opensOn(); !day.isAfter(window.closesOn()); day = day.plusDays(1)) {
				days.add(new DayCount(day, counts.getOrDefault(day, 0L)));
			}
			long before = sum(counts, day -> day.isBefore(window.opensOn()));
			long after = sum(counts, day -> day.isAfter(window.closesOn()));
			return new CommitteeIntake(window.committeeId(), window.name(), window.opensOn(), window.closesOn(), days,
					before, after);
		}).toList();
	}

	private static long sum(Map<LocalDate, Long> counts, java.util.function.Predicate<LocalDate> which) {
		return counts.entrySet().stream().filter(e -> which.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
	}

}
