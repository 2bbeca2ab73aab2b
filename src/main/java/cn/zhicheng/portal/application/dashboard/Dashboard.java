package cn.zhicheng.portal.application.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.Count;
import cn.zhicheng.portal.application.review.ReviewPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of a review season for one viewer (issue #8 part 1). The jurisdiction is a WHERE clause, never a
 * filter in Java: a city reviewer counts the files of their city ({@code city_id}), a county reviewer those of their
 * county ({@code county_id}), an administrator every file; any other role, or a reviewer without a region, counts
 * nothing. The jurisdiction columns are copied onto the file at submission (V17), so each query reads the queue
 * indexes of V17 by region first.
 */
@Service
public class Dashboard {

	/** Files waiting on a reviewer or a committee: the stages whose time is measured. */
	static final List<String> WAITING = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PUBLIC_NOTICE,
			ApplicationStatus.HELD_BY_OBJECTION, ApplicationStatus.COUNTY_REVIEW, ApplicationStatus.CITY_REVIEW,
			ApplicationStatus.ACCEPTED, ApplicationStatus.IN_COMMITTEE_REVIEW)
		.stream()
		.map(Enum::name)
		.toList();

	/** The review stages whose files the queues flag as overdue (issue #6 part 4). */
	static final List<String> OVERDUE_STAGES = List.of(ApplicationStatus.SUBMITTED.name(),
			ApplicationStatus.COUNTY_REVIEW.name(), ApplicationStatus.CITY_REVIEW.name());

	private static final String DAYS = "extract(epoch from (:now - a.status_changed_at)) / 86400.0";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ReviewPolicy policy;

	Dashboard(JdbcClient jdbc, Clock clock, ReviewPolicy policy) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
	}

	public DashboardFigures figures(PortalUser viewer, int reviewYear) {
		Scope scope = Scope.of(viewer);
		Instant now = clock.instant();
		List<Count> byStatus = counts(scope, reviewYear, "a.status", "");
		List<Count> bySpecialty = counts(scope, reviewYear, "s.name",
				"left join specialty s on s.id = a.specialty_id");
		List<Count> byLevel = counts(scope, reviewYear, "a.target_level", "");
		List<Count> byCounty = counts(scope, reviewYear, "r.name", "left join region r on r.id = a.county_id");
		long total = byStatus.stream().mapToLong(Count::count).sum();
		long passed = DashboardFigures.countOf(byStatus, ApplicationStatus.PASSED.name());
		long failed = DashboardFigures.countOf(byStatus, ApplicationStatus.FAILED.name());
		Double passRate = passed + failed == 0 ? null : (double) passed / (passed + failed);
		Map<String, Object> waiting = jdbc.sql("""
				select percentile_cont(0.5) within group (order by %1$s) as median,
				       percentile_cont(0.8) within group (order by %1$s) as p80
				from application a
				where a.review_year = :year and a.status in (:waiting) and %2$s
				""".formatted(DAYS, scope.clause()))
			.params(scope.params())
			.param("year", reviewYear)
			.param("now", Timestamp.from(now))
			.param("waiting", WAITING)
			.query()
			.singleRow();
		int overdueDays = policy.overdueWorkingDays();
		long overdue = jdbc.sql("""
				select count(*) from application a
				where a.review_year = :year and a.status in (:stages) and a.status_changed_at < :limit and %s
				""".formatted(scope.clause()))
			.params(scope.params())
			.param("year", reviewYear)
			.param("stages", OVERDUE_STAGES)
			.param("limit", Timestamp.from(now.minus(Duration.ofDays(overdueDays))))
			.query(Long.class)
			.single();
		return new DashboardFigures(reviewYear, total, byStatus, bySpecialty, byLevel, byCounty, passRate,
				number(waiting.get("median")), number(waiting.get("p80")), overdue, overdueDays);
	}

	private List<Count> counts(Scope scope, int reviewYear, String key, String join) {
		return jdbc.sql("""
				select %1$s as key, count(*) as n from application a %2$s
				where a.review_year = :year and a.status <> 'DRAFT' and %3$s
				group by %1$s order by n desc, %1$s nulls last
				""".formatted(key, join, scope.clause()))
			.params(scope.params())
			.param("year", reviewYear)
			.query((rs, row) -> new Count(rs.getString("key"), rs.getLong("n")))
			.list();
	}

	private static @Nullable Double number(@Nullable Object value) {
		return value instanceof Number n ? n.doubleValue() : null;
	}

	/** The viewer's jurisdiction as a WHERE fragment over {@code application a}. */
	record Scope(String clause, Map<String, Object> params) {

		static Scope of(PortalUser viewer) {
			Long region = viewer.regionId();
			return switch (viewer.role()) {
				case ADMIN -> new Scope("true", Map.of());
				case CITY_REVIEWER -> region == null ? none() : new Scope("a.city_id = :region", Map.of("region", region));
				case COUNTY_REVIEWER ->
					region == null ? none() : new Scope("a.county_id = :region", Map.of("region", region));
				default -> none();
			};
		}

		private static Scope none() {
			return new Scope("false", Map.of());
		}

	}

}
