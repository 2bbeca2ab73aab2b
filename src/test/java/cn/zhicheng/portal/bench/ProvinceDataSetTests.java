package cn.zhicheng.portal.bench;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator at a small scale (20,000 applications) in a database of its own: the load itself proves every
 * constraint, trigger and foreign key held; these check the counts, the mix of states, the workflow paths and that a
 * seed means one data set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceDataSetTests {

	private static final int APPLICATIONS = 20_000;

	private DataSource dataSource;

	private JdbcTemplate jdbc;

	private ProvinceDataSet.Report report;

	@BeforeAll
	void generate() {
		dataSource = BenchDatabases.fresh("bench_small");
		jdbc = new JdbcTemplate(dataSource);
		report = ProvinceDataSet.generate(dataSource, ProvinceDataSet.Scale.of(APPLICATIONS), 7,
				PersonalNumbers.testCipher());
		System.out.println("bench_small: " + report);
	}

	@Test
	void loadsEveryTableInProportion() {
		assertThat(report.alreadyPresent()).isFalse();
		Map<String, Long> counts = report.counts();
		assertThat(counts.get("application")).isEqualTo(APPLICATIONS);
		assertThat(counts.get("employer_unit")).isEqualTo(APPLICATIONS / 50);
		assertThat(jdbc.queryForObject("select count(*) from user_account where role = 'APPLICANT'", Long.class))
			.isEqualTo(APPLICATIONS / 10);
		assertThat(jdbc.queryForObject("select count(*) from region where level = 'CITY'", Long.class)).isEqualTo(21);
		assertThat(jdbc.queryForObject("select count(distinct city_id) from application", Long.class)).isEqualTo(21);
		assertThat(counts.get("application_history")).isGreaterThan(4L * APPLICATIONS);
		assertThat(counts.get("committee_vote")).isGreaterThan(APPLICATIONS / 4);
		assertThat(counts.get("certificate")).isGreaterThan(APPLICATIONS / 4);
		assertThat(counts.get("objection")).isPositive();
		assertThat(counts.get("return_reason")).isPositive();
	}

	@Test
	void spreadsTheCurrentYearOverEveryStateAndEndsPastYears() {
		List<String> current = jdbc.queryForList(
				"select distinct status from application where review_year = 2025", String.class);
		assertThat(current).contains("DRAFT", "SUBMITTED", "IN_PUBLIC_NOTICE", "HELD_BY_OBJECTION", "COUNTY_REVIEW",
				"CITY_REVIEW", "ACCEPTED", "IN_COMMITTEE_REVIEW", "RETURNED", "WITHDRAWN", "ABANDONED",
				"NOT_ACCEPTED", "PASSED");
		Double concluded = jdbc.queryForObject("""
				select avg(case when status in ('PASSED', 'FAILED') then 1.0 else 0 end)
				from application where review_year < 2025""", Double.class);
		assertThat(concluded).isGreaterThan(0.6);
		assertThat(jdbc.queryForObject(
				"select count(*) from application where review_year < 2025 and status = 'IN_COMMITTEE_REVIEW'",
				Long.class)).isZero();
	}

	@Test
	void everyTransitionIsARowOfTheWorkflowTable() {
		List<Map<String, Object>> moves = jdbc.queryForList("""
				select distinct a.type, h.action, h.actor_role, h.from_status, h.to_status
				from application_history h join application a on a.id = h.application_id""");
		assertThat(moves).hasSizeGreaterThan(15);
		for (Map<String, Object> move : moves) {
			var row = Workflow.find(WorkflowAction.valueOf((String) move.get("action")),
					ApplicationStatus.valueOf((String) move.get("from_status")),
					ApplicationType.valueOf((String) move.get("type")));
			assertThat(row).as(move.toString()).isPresent();
			assertThat(row.get().party()).as(move.toString()).isEqualTo(Party.valueOf((String) move.get("actor_role")));
			assertThat(row.get().to().name()).as(move.toString()).isEqualTo(move.get("to_status"));
		}
	}

	@Test
	void filesCarryTheJurisdictionOfTheirUnitAndTheirLastMove() {
		assertThat(jdbc.queryForObject("""
				select count(*) from application a
				join employer_unit u on u.id = a.unit_id
				join region r on r.id = u.region_id
				where a.submitted_at is not null
				  and (a.city_id <> coalesce(r.parent_id, r.id) and a.city_id <> r.id
				       or a.county_id is distinct from (case when r.level = 'COUNTY' then r.id end)
				       or a.applicant_name is null)""", Long.class)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from application a
				where a.status <> 'DRAFT' and a.status_changed_at <>
				      (select max(h.happened_at) from application_history h where h.application_id = a.id)""",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from (
				    select happened_at < lag(happened_at) over (partition by application_id order by id) as backwards
				    from application_history) h where backwards""", Long.class)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from application
				where status = 'COUNTY_REVIEW' and county_id is null
				   or status = 'IN_PUBLIC_NOTICE' and notice_starts_on is null""", Long.class)).isZero();
	}

	@Test
	void theSameSeedGivesTheSameDataSet() {
		DataSource again = BenchDatabases.fresh("bench_again");
		ProvinceDataSet.generate(again, ProvinceDataSet.Scale.of(APPLICATIONS), 7, PersonalNumbers.testCipher());
		assertThat(checksum(new JdbcTemplate(again))).isEqualTo(checksum(jdbc));
		World world = new World(jdbc, ProvinceDataSet.Scale.of(APPLICATIONS), 8, ProvinceDataSet.AS_OF);
		World seven = new World(jdbc, ProvinceDataSet.Scale.of(APPLICATIONS), 7, ProvinceDataSet.AS_OF);
		assertThat(FilePlan.of(world, 12_345).statusChangedAt()).isNotEqualTo(FilePlan.of(seven, 12_345).statusChangedAt());
	}

	@Test
	void refusesToLoadASecondTime() {
		ProvinceDataSet.Report second = ProvinceDataSet.generate(dataSource, ProvinceDataSet.Scale.of(100), 7,
				PersonalNumbers.testCipher());
		assertThat(second.alreadyPresent()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(APPLICATIONS);
	}

	@Test
	void everyAccountSignsInWithTheBenchPassword() {
		List<String> hashes = jdbc.queryForList(
				"select distinct password_hash from user_account where username like 'bench-%'", String.class);
		assertThat(hashes).hasSize(1);
		assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
			.matches(ProvinceDataSet.PASSWORD, hashes.get(0))).isTrue();
		assertThat(jdbc.queryForList("select username from user_account where username like 'bench-city-%'",
				String.class)).hasSize(21).contains("bench-city-441800");
	}

	private static String checksum(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				select md5(string_agg(concat_ws('|', a.id, a.number, a.applicant_id, a.type, a.review_year, a.status,
				       a.unit_id, a.city_id, a.county_id, a.applicant_name, a.submitted_at, a.status_changed_at,
				       u.username, u.id_number_hash, u.password_hash,
				       (select string_agg(h.action || h.happened_at, ',' order by h.id)
				        from application_history h where h.application_id = a.id)), ';' order by a.id))
				from application a join user_account u on u.id = a.applicant_id
				where a.id % 37 = 0""", String.class);
	}

}
