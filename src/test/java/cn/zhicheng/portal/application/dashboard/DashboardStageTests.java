package cn.zhicheng.portal.application.dashboard;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.CommitteeIntake;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.Count;
import cn.zhicheng.portal.application.dashboard.DashboardFigures.StageTime;
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
 * The working-day figures, the units and the intake against a known data set in review year 2093 (no other test files
 * for it), every figure computed again here in plain Java from the rows inserted, with the 2026 holiday notice
 * written out below (春节 2026-02-15..23, 调休 02-14 and 02-28), and each scoped to the viewer.
 */
@PortalTest
class DashboardStageTests {

	static final int YEAR = 2093;

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final LocalDate TODAY = LocalDate.ofInstant(NOW, CHINA);

	static final List<String> WAITING = List.of("SUBMITTED", "IN_PUBLIC_NOTICE", "HELD_BY_OBJECTION", "COUNTY_REVIEW",
			"CITY_REVIEW", "ACCEPTED", "IN_COMMITTEE_REVIEW");

	static final List<List<String>> PATHS = List.of(
			List.of("SUBMITTED", "IN_PUBLIC_NOTICE", "COUNTY_REVIEW", "CITY_REVIEW", "ACCEPTED"),
			List.of("SUBMITTED", "COUNTY_REVIEW", "RETURNED", "SUBMITTED", "COUNTY_REVIEW", "CITY_REVIEW"),
			List.of("SUBMITTED", "IN_PUBLIC_NOTICE", "HELD_BY_OBJECTION", "IN_PUBLIC_NOTICE", "COUNTY_REVIEW"),
			List.of("SUBMITTED", "COUNTY_REVIEW", "CITY_REVIEW", "ACCEPTED", "IN_COMMITTEE_REVIEW", "PASSED"));

	static final String[] COUNTIES = { "441802", "441803", "440113" };

	static final String[] TYPES = { "INITIAL_RECOGNITION", "EVALUATION", "CERTIFICATE_REISSUE",
			"COMMISSIONED_EVALUATION" };

	static final int UNITS = 25;

	/** One status change of a file. */
	record Step(String status, Instant at) {
	}

	/** One inserted file: where, which unit and committee (indexes), its history (empty for the closed files). */
	record File(String county, int unit, @Nullable Integer committee, Instant submittedAt, String status,
			List<Step> steps) {

		String city() {
			return county.startsWith("4418") ? "441800" : "440100";
		}

	}

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

	final List<File> files = new ArrayList<>();

	final List<String> unitNames = new ArrayList<>();

	final List<Long> committeeIds = new ArrayList<>();

	final List<String> committeeNames = new ArrayList<>();

	/** Each committee's window: c0 from 01-12 to 02-27 (files before it), c1 from 01-05 to 01-31 (files after it). */
	static final LocalDate[][] WINDOWS = { { LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 27) },
			{ LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31) } };

	@BeforeEach
	void dataSet() {
		clock.set(NOW);
		List<Long> applicants = jdbc.queryForList("select id from user_account order by id limit 5", Long.class);
		assertThat(applicants).hasSize(5);
		long stamp = System.nanoTime() % 1_000_000_000L;
		List<Long> units = new ArrayList<>();
		for (int u = 0; u < UNITS; u++) {
			unitNames.add("看板测试单位%02d".formatted(u));
			units.add(jdbc.queryForObject("""
					insert into employer_unit (name, credit_code, type, region_id, status)
					values (?, ?, 'PUBLIC_INSTITUTION', (select id from region where code = '441802'), 'APPROVED')
					returning id""", Long.class, unitNames.get(u), "DSTUNIT%011d".formatted(stamp * 100 + u)));
		}
		for (Map<String, Object> c : jdbc.queryForList(
				"select id, name from committee where name like '清远市工程系列生态环境专业%' order by name")) {
			committeeIds.add(((Number) c.get("id")).longValue());
			committeeNames.add((String) c.get("name"));
		}
		assertThat(committeeIds).hasSize(2);
		for (int c = 0; c < 2; c++) {
			jdbc.update("insert into intake_window (committee_id, review_year, opens_on, closes_on) values (?, ?, ?, ?)",
					committeeIds.get(c), YEAR, WINDOWS[c][0], WINDOWS[c][1]);
		}
		for (int i = 0; i < 70; i++) {
			File file = file(i);
			files.add(file);
			Long id = jdbc.queryForObject("""
					insert into application (number, applicant_id, type, review_year, status, county_id, city_id,
					    unit_id, committee_id, submitted_at, status_changed_at, created_at, updated_at)
					values (?, ?, ?, ?, ?, (select id from region where code = ?), (select id from region where code = ?),
					    ?, ?, ?, ?, ?, ?)
					returning id""", Long.class, "DST" + stamp + "-" + i, applicants.get(i % 5),
					TYPES[(i / 5) % 4], YEAR, file.status(), file.county(), file.city(), units.get(file.unit()),
					file.committee() == null ? null : committeeIds.get(file.committee()),
					Timestamp.from(file.submittedAt()), Timestamp.from(changedAt(file)),
					Timestamp.from(file.submittedAt()), Timestamp.from(changedAt(file)));
			String from = "DRAFT";
			for (Step step : file.steps()) {
				jdbc.update("""
						insert into application_history (application_id, action, actor_id, actor_role, from_status,
						    to_status, happened_at) values (?, 'DASHBOARD_TEST', null, 'SYSTEM', ?, ?, ?)""", id, from,
						step.status(), Timestamp.from(step.at()));
				from = step.status();
			}
		}
	}

	/** The rows stay (the history is append-only) but leave the year, their units and windows go. */
	@AfterEach
	void hideRows() {
		jdbc.update("update application set review_year = -id, unit_id = null where review_year = ? and number like 'DST%'",
				YEAR);
		jdbc.update("delete from intake_window where review_year = ?", YEAR);
		jdbc.update("delete from employer_unit where credit_code like 'DSTUNIT%'");
		clock.set(Instant.now());
	}

	/**
	 * Files 0–19 walk a path with stays of 1–9 days from January to March 2026; files 20–69 are closed (PASSED or
	 * FAILED) without history, for the units and the intake.
	 */
	static File file(int i) {
		String county = COUNTIES[i % 3];
		int unit = (i * 7 + i / 10) % UNITS;
		Integer committee = (i / 3) % 3 == 2 ? null : (i / 3) % 3;
		Instant start = Instant.parse("2026-01-05T01:00:00Z")
			.plus(Duration.ofDays((i * 5L) % 55))
			.plus(Duration.ofHours((i * 3L) % 10));
		if (i >= 20) {
			return new File(county, unit, committee, start, i % 2 == 0 ? "PASSED" : "FAILED", List.of());
		}
		List<Step> steps = new ArrayList<>();
		Instant at = start;
		Instant submitted = start;
		List<String> path = PATHS.get(i % 4);
		for (int j = 0; j < path.size() && at.isBefore(NOW); j++) {
			steps.add(new Step(path.get(j), at));
			if (path.get(j).equals("SUBMITTED")) {
				submitted = at;
			}
			at = at.plus(Duration.ofHours(20 + ((i * 31 + j * 17) % 9) * 24L + (i * 13 + j * 5) % 24));
		}
		return new File(county, unit, committee, submitted, steps.getLast().status(), steps);
	}

	static Instant changedAt(File file) {
		return file.steps().isEmpty() ? file.submittedAt() : file.steps().getLast().at();
	}

	@Test
	void anAdministratorSeesEveryFile() {
		check(figures("demo-admin"), file -> true);
	}

	@Test
	void aCityReviewerSeesOnlyTheirCity() {
		DashboardFigures figures = figures("demo-city");
		check(figures, file -> file.city().equals("441800"));
		assertThat(figures.byUnit().otherUnits()).as("more units than the top 20").isPositive();
	}

	@Test
	void aCountyReviewerSeesOnlyTheirCounty() {
		DashboardFigures figures = figures("demo-county");
		check(figures, file -> file.county().equals("441802"));
		assertThat(figures.intake()).extracting(CommitteeIntake::committee)
			.containsExactlyElementsOf(committeeNames);
	}

	@Test
	void applicantsAndUnitsGetNothing() {
		for (String username : List.of("demo-applicant", "demo-unit")) {
			DashboardFigures figures = figures(username);
			assertThat(figures.total()).isZero();
			assertThat(figures.byUnit().top()).isEmpty();
			assertThat(figures.intake()).isEmpty();
			assertThat(figures.overdue()).isZero();
			assertThat(figures.stages()).allSatisfy(stage -> assertThat(stage.stays()).isZero());
			for (String path : List.of("/city/dashboard", "/county/dashboard", "/admin/dashboard")) {
				assertThat(mvc.get().uri(path + "?year=" + YEAR).with(user(account(username)))).hasStatus(403);
			}
		}
	}

	@Test
	void thePageShowsTheNewTablesInChinese() {
		assertThat(mvc.get()
			.uri("/city/dashboard?year=" + YEAR)
			.header("Accept-Language", "zh-CN")
			.with(user(account("demo-city")))).hasStatusOk()
			.bodyText()
			.contains("id=\"by-unit\"", "看板测试单位", "其他（", "id=\"stage-times\"", "2093年度各环节停留工作日",
					"data-series=\"1\"", committeeNames.get(0),
					"窗口开始前（2026-01-12之前）", "窗口截止后（2026-01-31之后）", "<th scope=\"row\">2026-02-27</th>",
					"data-chart-note=\"图表，数据见下方表格\"");
	}

	private void check(DashboardFigures figures, Predicate<File> jurisdiction) {
		List<File> mine = files.stream().filter(jurisdiction).toList();
		assertThat(figures.total()).isEqualTo(mine.size());
		checkUnits(figures, mine);
		checkStages(figures, mine);
		checkIntake(figures, mine);
		assertThat(figures.yearsNotLoaded()).isEmpty();
	}

	private void checkUnits(DashboardFigures figures, List<File> mine) {
		Map<String, Long> byUnit = new TreeMap<>();
		mine.forEach(file -> byUnit.merge(unitNames.get(file.unit()), 1L, Long::sum));
		List<Count> expected = byUnit.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(20)
			.map(e -> new Count(e.getKey(), e.getValue()))
			.toList();
		assertThat(figures.byUnit().top()).containsExactlyElementsOf(expected);
		assertThat(figures.byUnit().others())
			.isEqualTo(mine.size() - expected.stream().mapToLong(Count::count).sum());
		assertThat(figures.byUnit().otherUnits()).isEqualTo(byUnit.size() - expected.size());
	}

	private void checkStages(DashboardFigures figures, List<File> mine) {
		Map<String, List<Integer>> stays = new LinkedHashMap<>();
		Map<String, Long> open = new LinkedHashMap<>();
		for (File file : mine) {
			List<Step> steps = file.steps();
			for (int j = 0; j < steps.size(); j++) {
				Step step = steps.get(j);
				if (!WAITING.contains(step.status())) {
					continue;
				}
				boolean last = j == steps.size() - 1;
				Instant left = last ? NOW : steps.get(j + 1).at();
				stays.computeIfAbsent(step.status(), s -> new ArrayList<>()).add(workingDays(step.at(), left));
				open.merge(step.status(), last ? 1L : 0L, Long::sum);
			}
		}
		List<File> waiting = mine.stream().filter(file -> WAITING.contains(file.status())).toList();
		int limit = figures.overdueDays();
		assertThat(limit).isEqualTo(5);
		Predicate<File> overdue = file -> workingDays(changedAt(file), NOW) > limit;
		assertThat(figures.stages()).extracting(StageTime::stage).containsExactlyElementsOf(WAITING);
		for (StageTime stage : figures.stages()) {
			List<Integer> days = stays.getOrDefault(stage.stage(), List.of());
			assertThat(stage.stays()).as(stage.stage()).isEqualTo(days.size());
			assertThat(stage.open()).as(stage.stage()).isEqualTo(open.getOrDefault(stage.stage(), 0L));
			assertThat(stage.overdue()).as(stage.stage())
				.isEqualTo(waiting.stream().filter(f -> f.status().equals(stage.stage())).filter(overdue).count());
			if (days.isEmpty()) {
				assertThat(stage.median()).isNull();
				continue;
			}
			assertThat(stage.median()).as(stage.stage()).isCloseTo(percentile(days, 0.5), within(1e-9));
			assertThat(stage.p80()).as(stage.stage()).isCloseTo(percentile(days, 0.8), within(1e-9));
		}
		assertThat(figures.overdue()).isEqualTo(waiting.stream().filter(overdue).count());
		List<Integer> now = waiting.stream().map(file -> workingDays(changedAt(file), NOW)).toList();
		if (now.isEmpty()) {
			assertThat(figures.medianDaysWaiting()).isNull();
		}
		else {
			assertThat(figures.medianDaysWaiting()).isCloseTo(percentile(now, 0.5), within(1e-9));
			assertThat(figures.p80DaysWaiting()).isCloseTo(percentile(now, 0.8), within(1e-9));
		}
	}

	private void checkIntake(DashboardFigures figures, List<File> mine) {
		Set<Integer> shown = new TreeSet<>();
		for (CommitteeIntake intake : figures.intake()) {
			int c = committeeIds.indexOf(intake.committeeId());
			shown.add(c);
			assertThat(intake.opensOn()).isEqualTo(WINDOWS[c][0]);
			assertThat(intake.closesOn()).isEqualTo(WINDOWS[c][1]);
			Map<LocalDate, Long> perDay = new TreeMap<>();
			mine.stream()
				.filter(file -> Integer.valueOf(c).equals(file.committee()))
				.forEach(file -> perDay.merge(LocalDate.ofInstant(file.submittedAt(), CHINA), 1L, Long::sum));
			assertThat(intake.days()).hasSize((int) (WINDOWS[c][1].toEpochDay() - WINDOWS[c][0].toEpochDay() + 1));
			intake.days()
				.forEach(day -> assertThat(day.count()).as(day.day().toString())
					.isEqualTo(perDay.getOrDefault(day.day(), 0L)));
			assertThat(intake.before()).isEqualTo(sum(perDay, day -> day.isBefore(WINDOWS[c][0])));
			assertThat(intake.after()).isEqualTo(sum(perDay, day -> day.isAfter(WINDOWS[c][1])));
		}
		assertThat(figures.intake().stream().filter(i -> i.committeeId() == committeeIds.get(0)).findFirst())
			.hasValueSatisfying(i -> assertThat(i.before()).isPositive());
		assertThat(figures.intake().stream().filter(i -> i.committeeId() == committeeIds.get(1)).findFirst())
			.hasValueSatisfying(i -> assertThat(i.after()).isPositive());
		assertThat(shown).containsExactly(0, 1);
	}

	private static long sum(Map<LocalDate, Long> perDay, Predicate<LocalDate> which) {
		return perDay.entrySet().stream().filter(e -> which.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
	}

	/** Working days after the day of {@code from} up to and including the day of {@code to}, in Beijing time. */
	static int workingDays(Instant from, Instant to) {
		LocalDate first = LocalDate.ofInstant(from, CHINA).plusDays(1);
		LocalDate last = LocalDate.ofInstant(to, CHINA);
		int days = 0;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days += working(day) ? 1 : 0;
		}
		return days;
	}

	/** The 2026 notice (国务院办公厅, 2025-11-04) for January to April; the data set stays inside it. */
	static boolean working(LocalDate day) {
		assertThat(day).isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30));
		Set<LocalDate> adjusted = Set.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
		boolean holiday = !day.isAfter(LocalDate.of(2026, 1, 3))
				|| (!day.isBefore(LocalDate.of(2026, 2, 15)) && !day.isAfter(LocalDate.of(2026, 2, 23)))
				|| (!day.isBefore(LocalDate.of(2026, 4, 4)) && !day.isAfter(LocalDate.of(2026, 4, 6)));
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return adjusted.contains(day) || (!holiday && !weekend);
	}

	/** As PostgreSQL's percentile_cont: linear interpolation between the sorted values around p·(n−1). */
	static double percentile(List<Integer> values, double p) {
		List<Integer> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
		double position = p * (sorted.size() - 1);
		int lower = (int) Math.floor(position);
		int upper = (int) Math.ceil(position);
		return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
	}

	private DashboardFigures figures(String username) {
		return dashboard.figures(account(username), YEAR);
	}

	private PortalUser account(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

}
