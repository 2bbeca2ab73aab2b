package cn.zhicheng.portal.application.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.zhicheng.portal.application.dashboard.DashboardFigures.StageTime;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.Waiting;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Time in each stage, in working days ({@link WorkingDays}). Past stays come from the append-only history (V15): a
 * stay in stage S starts at a history row whose {@code to_status} is S and ends at the next row of the same file, or
 * lasts until today when there is none. The files waiting now and the overdue count read the file's own
 * {@code status_changed_at}, as the review queues do, so the dashboard flags the same files the queues flag.
 */
@Component
class StageTimes {

	private final JdbcClient jdbc;

	private final Clock clock;

	StageTimes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One row per waiting stage, in {@link Dashboard#WAITING} order, zero where no file stayed in it. */
	List<StageTime> stays(Scope scope, int reviewYear, Map<String, Long> overdueByStage) {
		Map<String, StageTime> rows = new HashMap<>();
		jdbc.sql("""
				with step as (
				    select h.to_status as stage, (h.happened_at at time zone :zone)::date as entered,
				           (coalesce(lead(h.happened_at) over next, :now) at time zone :zone)::date as left_on,
				           lead(h.id) over next is null as open
				    from application a join application_history h on h.application_id = a.id
				    where a.review_year = :year and %s
				    window next as (partition by h.application_id order by h.id)
				),
				stay as (select * from step where stage in (:stages)),
				%s
				select s.stage, count(*) as stays, count(*) filter (where s.open) as open,
				       percentile_cont(0.5) within group (order by greatest(0, l.n - e.n)) as median,
				       percentile_cont(0.8) within group (order by greatest(0, l.n - e.n)) as p80
				from stay s join ordinal e on e.day = s.entered join ordinal l on l.day = s.left_on
				group by s.stage
				""".formatted(scope.clause(), WorkingDays.ctes("select least(min(entered), :today) from stay",
				"select greatest(max(left_on), :today) from stay")))
			.params(scope.params())
			.params(common(reviewYear))
			.query(rs -> {
				String stage = rs.getString("stage");
				rows.put(stage, new StageTime(stage, rs.getLong("stays"), rs.getLong("open"), rs.getDouble("median"),
						rs.getDouble("p80"), overdueByStage.getOrDefault(stage, 0L)));
			});
		return Dashboard.WAITING.stream()
			.map(stage -> rows.getOrDefault(stage,
					new StageTime(stage, 0, 0, null, null, overdueByStage.getOrDefault(stage, 0L))))
			.toList();
	}

	/**
	 * The files waiting now: working days in their current stage (median and 80th percentile), and per stage how many
	 * are past {@code overdueWorkingDays}, the queues' marker (issue #6 part 4).
	 */
	Waiting waiting(Scope scope, int reviewYear, int overdueWorkingDays) {
		List<Map<String, Object>> rows = jdbc.sql("""
				with file as (
				    select a.status, (a.status_changed_at at time zone :zone)::date as entered
				    from application a
				    where a.review_year = :year and a.status in (:stages) and %s
				),
				%s,
				day as (
				    select f.status, greatest(0, t.n - e.n) as days
				    from file f join ordinal e on e.day = f.entered join ordinal t on t.day = :today
				)
				select status, count(*) as files, count(*) filter (where days > :limit) as overdue,
				       percentile_cont(0.5) within group (order by days) as median,
				       percentile_cont(0.8) within group (order by days) as p80
				from day group by grouping sets ((status), ())
				""".formatted(scope.clause(), WorkingDays.ctes("select least(min(entered), :today) from file",
				"select :today")))
			.params(scope.params())
			.params(common(reviewYear))
			.param("limit", overdueWorkingDays)
			.query()
			.listOfRows();
		Optional<Map<String, Object>> all = rows.stream().filter(row -> row.get("status") == null).findFirst();
		Map<String, Long> overdue = new LinkedHashMap<>();
		rows.stream()
			.filter(row -> row.get("status") != null)
			.forEach(row -> overdue.put((String) row.get("status"), ((Number) row.get("overdue")).longValue()));
		return new Waiting(all.map(row -> number(row.get("median"))).orElse(null),
				all.map(row -> number(row.get("p80"))).orElse(null),
				all.map(row -> ((Number) row.get("overdue")).longValue()).orElse(0L), overdue);
	}

	/**
	 * The calendar years whose notice is not loaded, from the first day a counted file entered a stage to today: their
	 * days were counted Monday to Friday ({@link WorkingDays}).
	 */
	List<Integer> yearsNotLoaded(Scope scope, int reviewYear) {
		return jdbc.sql("""
				with first as (
				    select least(
				        (select min(a.status_changed_at) from application a
				         where a.review_year = :year and a.status in (:stages) and %1$s),
				        (select min(h.happened_at) from application a join application_history h on h.application_id = a.id
				         where a.review_year = :year and %1$s)) as at
				)
				select y from first, generate_series(extract(year from (first.at at time zone :zone))::int,
				                                     extract(year from :today)::int) as y
				where first.at is not null and not exists (select 1 from calendar_year c where c.year = y)
				order by y
				""".formatted(scope.clause()))
			.params(scope.params())
			.params(common(reviewYear))
			.query(Integer.class)
			.list();
	}

	private Map<String, Object> common(int reviewYear) {
		Instant now = clock.instant();
		return Map.of("year", reviewYear, "zone", clock.getZone().getId(), "stages", Dashboard.WAITING, "now",
				OffsetDateTime.ofInstant(now, ZoneOffset.UTC), "today", LocalDate.ofInstant(now, clock.getZone()));
	}

	private static @Nullable Double number(@Nullable Object value) {
		return value instanceof Number n ? n.doubleValue() : null;
	}

}
