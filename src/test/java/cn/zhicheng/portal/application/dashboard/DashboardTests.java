package cn.zhicheng.portal.application.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.Count;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard's figures against a known data set in review year 2019 (no other test files for it), each count,
 * rate and percentile computed again here from the rows inserted (days in working days, as the queues count them);
 * every figure scoped to the viewer; the pages.
 */
@PortalTest
class DashboardTests {

	static final int YEAR = 2019;

	static final Instant NOW = Instant.parse("2026-02-10T02:00:00Z");

	/** One inserted file: where it is, its stage, specialty (index into two specialties or null), level, days in stage. */
	record Row(String county, String city, String status, @Nullable Integer specialty, @Nullable String level,
			double days) {
	}

	static final List<Row> ROWS = List.of(new Row("441802", "441800", "SUBMITTED", 0, "INTERMEDIATE", 1.5),
			new Row("441802", "441800", "COUNTY_REVIEW", 0, "INTERMEDIATE", 7),
			new Row("441802", "441800", "CITY_REVIEW", 1, "DEPUTY_SENIOR", 10),
			new Row("441802", "441800", "PASSED", 0, "INTERMEDIATE", 30),
			new Row("441802", "441800", "FAILED", 1, "DEPUTY_SENIOR", 20),
			new Row("441802", "441800", "DRAFT", 0, "INTERMEDIATE", 2),
			new Row("441803", "441800", "PASSED", 1, "SENIOR", 40),
			new Row("441803", "441800", "PASSED", 0, "INTERMEDIATE", 41),
			new Row("441803", "441800", "IN_COMMITTEE_REVIEW", 0, "INTERMEDIATE", 3.25),
			new Row("441803", "441800", "COUNTY_REVIEW", null, null, 2),
			new Row("440113", "440100", "CITY_REVIEW", 0, "INTERMEDIATE", 12),
			new Row("440113", "440100", "FAILED", 1, "SENIOR", 5));

	static final List<String> WAITING = List.of("SUBMITTED", "IN_PUBLIC_NOTICE", "HELD_BY_OBJECTION", "COUNTY_REVIEW",
			"CITY_REVIEW", "ACCEPTED", "IN_COMMITTEE_REVIEW");

	@Autowired
	Dashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	List<String> specialtyNames = new ArrayList<>();

	Map<String, String> regionNames = new LinkedHashMap<>();

	@BeforeEach
	void dataSet() {
		clock.set(NOW);
		jdbc.update("delete from application where review_year = ? and number like 'DASH%'", YEAR);
		List<Long> applicants = jdbc.queryForList("select id from user_account order by id limit 5", Long.class);
		List<Map<String, Object>> specialties = jdbc.queryForList("select id, name from specialty order by id limit 2");
		specialtyNames = specialties.stream().map(s -> (String) s.get("name")).toList();
		String[] types = { "INITIAL_RECOGNITION", "EVALUATION", "CERTIFICATE_REISSUE", "COMMISSIONED_EVALUATION" };
		for (int i = 0; i < ROWS.size(); i++) {
			Row row = ROWS.get(i);
			Timestamp changed = Timestamp.from(changedAt(row));
			jdbc.update("""
					insert into application (number, applicant_id, type, review_year, status, county_id, city_id,
					    specialty_id, target_level, status_changed_at, created_at, updated_at)
					values (?, ?, ?, ?, ?, (select id from region where code = ?), (select id from region where code = ?),
					    ?, ?, ?, ?, ?)
					""", "DASH" + YEAR + i, applicants.get(i % 5), types[i / 5], YEAR, row.status(), row.county(),
					row.city(), row.specialty() == null ? null : specialties.get(row.specialty()).get("id"),
					row.level(), changed, changed, changed);
		}
		for (String code : List.of("441802", "441803", "440113")) {
			regionNames.put(code, jdbc.queryForObject("select name from region where code = ?", String.class, code));
		}
	}

	@AfterEach
	void clockBack() {
		clock.set(Instant.now());
	}

	@Test
	void anAdministratorSeesEveryFigureOfTheYear() {
		check(figures("demo-admin"), row -> true);
	}

	@Test
	void aCityReviewerSeesOnlyTheirCity() {
		DashboardFigures figures = figures("demo-city");
		check(figures, row -> row.city().equals("441800"));
		assertThat(figures.total()).isEqualTo(9);
		assertThat(figures.byCounty()).extracting(Count::key)
			.containsExactlyInAnyOrder(regionNames.get("441802"), regionNames.get("441803"));
	}

	@Test
	void aCountyReviewerSeesOnlyTheirCounty() {
		DashboardFigures figures = figures("demo-county");
		check(figures, row -> row.county().equals("441802"));
		assertThat(figures.total()).isEqualTo(5);
		assertThat(figures.passRate()).isEqualTo(0.5);
		// 1.5, 7 and 10 days before Tuesday 2026-02-10 are 2, 5 and 7 working days: one file past 5.
		assertThat(figures.overdue()).isEqualTo(1);
		assertThat(figures.byCounty()).containsExactly(new Count(regionNames.get("441802"), 5));
	}

	@Test
	void anotherYearHasNothingAndNoRate() {
		DashboardFigures figures = dashboard.figures(account("demo-county"), 2001);
		assertThat(figures.total()).isZero();
		assertThat(figures.passRate()).isNull();
		assertThat(figures.medianDaysWaiting()).isNull();
		assertThat(figures.p80DaysWaiting()).isNull();
	}

	@Test
	void thePageShowsTheTablesInChinese() {
		assertThat(mvc.get()
			.uri("/county/dashboard?year=" + YEAR)
			.header("Accept-Language", "zh-CN")
			.with(user(account("demo-county")))).hasStatusOk()
			.bodyText()
			.contains("2019年度各环节材料数", "<th scope=\"row\">评审通过</th>",
					"<th scope=\"col\" class=\"numeric\">材料数</th>",
					"<option value=\"2019\" selected=\"selected\">2019年度</option>",
					"县（区）", regionNames.get("441802"), "50.0%", "/webjars/chart.js/4.5.1/dist/chart.umd.js",
					"data-chart=\"bar\"", "data-value=\"5\"")
			.doesNotContain(regionNames.get("441803"));
	}

	@Test
	void theChartLibraryIsServedByThePortal() {
		assertThat(mvc.get().uri("/webjars/chart.js/4.5.1/dist/chart.umd.js").with(user(account("demo-city"))))
			.hasStatusOk();
	}

	@Test
	void onlyReviewersAndAdministratorsOpenTheirDashboard() {
		assertThat(mvc.get().uri("/city/dashboard").with(user(account("demo-applicant")))).hasStatus(403);
		assertThat(mvc.get().uri("/city/dashboard").with(user(account("demo-county")))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/dashboard?year=" + YEAR).with(user(account("demo-admin")))).hasStatusOk();
		assertThat(mvc.get().uri("/city/dashboard?year=abc").with(user(account("demo-city")))).hasStatusOk()
			.bodyText()
			.contains("id=\"by-status\"");
	}

	private DashboardFigures figures(String username) {
		return dashboard.figures(account(username), YEAR);
	}

	private PortalUser account(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	/** Every figure recomputed from {@link #ROWS} in the viewer's jurisdiction. */
	private void check(DashboardFigures figures, Predicate<Row> jurisdiction) {
		List<Row> rows = ROWS.stream().filter(jurisdiction).filter(row -> !row.status().equals("DRAFT")).toList();
		assertThat(figures.reviewYear()).isEqualTo(YEAR);
		assertThat(figures.total()).isEqualTo(rows.size());
		assertThat(asMap(figures.byStatus())).isEqualTo(countBy(rows, Row::status));
		assertThat(asMap(figures.byLevel())).isEqualTo(countBy(rows, Row::level));
		assertThat(asMap(figures.bySpecialty()))
			.isEqualTo(countBy(rows, row -> row.specialty() == null ? null : specialtyNames.get(row.specialty())));
		assertThat(asMap(figures.byCounty())).isEqualTo(countBy(rows, row -> regionNames.get(row.county())));
		long passed = rows.stream().filter(row -> row.status().equals("PASSED")).count();
		long failed = rows.stream().filter(row -> row.status().equals("FAILED")).count();
		assertThat(figures.passRate()).isEqualTo((double) passed / (passed + failed));
		List<Integer> waiting = rows.stream()
			.filter(row -> WAITING.contains(row.status()))
			.map(DashboardTests::workingDays)
			.toList();
		assertThat(figures.medianDaysWaiting())
			.isCloseTo(DashboardStageTests.percentile(waiting, 0.5), within(1e-6));
		assertThat(figures.p80DaysWaiting()).isCloseTo(DashboardStageTests.percentile(waiting, 0.8), within(1e-6));
		assertThat(figures.overdue()).isEqualTo(waiting.stream().filter(days -> days > 5).count());
	}

	/** Working days in the current stage, counted here with the test's own copy of the 2026 notice. */
	private static int workingDays(Row row) {
		return DashboardStageTests.workingDays(changedAt(row), NOW);
	}

	private static Instant changedAt(Row row) {
		return NOW.minus(Duration.ofMinutes(Math.round(row.days() * 1440)));
	}

	private static Map<@Nullable String, Long> asMap(List<Count> counts) {
		Map<@Nullable String, Long> map = new LinkedHashMap<>();
		counts.forEach(count -> map.put(count.key(), count.count()));
		return map;
	}

	private static Map<@Nullable String, Long> countBy(List<Row> rows, Function<Row, @Nullable String> key) {
		Map<@Nullable String, Long> map = new LinkedHashMap<>();
		rows.forEach(row -> map.merge(key.apply(row), 1L, Long::sum));
		return map;
	}

}
