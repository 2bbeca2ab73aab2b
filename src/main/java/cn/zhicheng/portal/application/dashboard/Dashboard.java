package cn.zhicheng.portal.application.dashboard;

import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.Count;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.UnitCounts;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.Waiting;
import cn.zhicheng.portal.application.review.ReviewPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of a review season for one viewer (issue #8 part 1). The jurisdiction is a WHERE clause, never a
 * filter in Java ({@link Scope}): a city reviewer counts the files of their city, a county reviewer those of their
 * county, an administrator every file, anyone else nothing. The jurisdiction columns are copied onto the file at
 * submission (V17), so each query reads the indexes of V17 by region first, or V25's by review year for an
 * administrator.
 */
@Service
public class Dashboard {

	/** The stages of the review queues (unit, county, city): the files waiting on a reviewer or a committee. */
	static final List<String> WAITING = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PUBLIC_NOTICE,
			ApplicationStatus.HELD_BY_OBJECTION, ApplicationStatus.COUNTY_REVIEW, ApplicationStatus.CITY_REVIEW,
			ApplicationStatus.ACCEPTED, ApplicationStatus.IN_COMMITTEE_REVIEW)
		.stream()
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;

	private final ReviewPolicy policy;

	private final DashboardPolicy dashboardPolicy;

	private final StageTimes stageTimes;

	private final IntakeFigures intake;

	Dashboard(JdbcClient jdbc, ReviewPolicy policy, DashboardPolicy dashboardPolicy, StageTimes stageTimes,
			IntakeFigures intake) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.dashboardPolicy = dashboardPolicy;
		this.stageTimes = stageTimes;
		this.intake = intake;
	}

	public DashboardFigures figures(PortalUser viewer, int reviewYear) {
		Scope scope = Scope.of(viewer);
		List<Count> byStatus = counts(scope, reviewYear, "a.status", "");
		List<Count> bySpecialty = counts(scope, reviewYear, "s.name",
				"left join specialty s on s.id = a.specialty_id");
		List<Count> byLevel = counts(scope, reviewYear, "a.target_level", "");
		List<Count> byCounty = counts(scope, reviewYear, "r.name", "left join region r on r.id = a.county_id");
		long total = byStatus.stream().mapToLong(Count::count).sum();
		long passed = DashboardFigures.countOf(byStatus, ApplicationStatus.PASSED.name());
		long failed = DashboardFigures.countOf(byStatus, ApplicationStatus.FAILED.name());
		Double passRate = passed + failed == 0 ? null : (double) passed / (passed + failed);
		int overdueDays = policy.overdueWorkingDays();
		Waiting waiting = stageTimes.waiting(scope, reviewYear, overdueDays);
		return new DashboardFigures(reviewYear, total, byStatus, bySpecialty, byLevel, byCounty,
				units(scope, reviewYear, total), passRate, waiting.median(), waiting.p80(), waiting.overdue(),
				overdueDays, stageTimes.stays(scope, reviewYear, waiting.overdueByStage()),
				intake.intake(scope, reviewYear), stageTimes.yearsNotLoaded(scope, reviewYear));
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

	/** The top units by files, ties by name then id; the window count gives the number of units in all. */
	private UnitCounts units(Scope scope, int reviewYear, long total) {
		int top = Math.max(1, dashboardPolicy.topUnits());
		long[] units = { 0 };
		List<Count> rows = jdbc.sql("""
				select u.name as key, count(*) as n, count(*) over () as units from application a
				left join employer_unit u on u.id = a.unit_id
				where a.review_year = :year and a.status <> 'DRAFT' and %s
				group by a.unit_id, u.name order by n desc, u.name nulls last, a.unit_id limit :top
				""".formatted(scope.clause()))
			.params(scope.params())
			.param("year", reviewYear)
			.param("top", top)
			.query((rs, row) -> {
				units[0] = rs.getLong("units");
				return new Count(rs.getString("key"), rs.getLong("n"));
			})
			.list();
		long shown = rows.stream().mapToLong(Count::count).sum();
		return new UnitCounts(rows, total - shown, Math.max(0, units[0] - rows.size()));
	}

}
