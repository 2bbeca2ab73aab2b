package cn.zhicheng.portal.application.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.committee.Ballots;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.application.committee.CommitteeSessions;
import cn.zhicheng.portal.application.committee.CommitteeVotes;
import cn.zhicheng.portal.application.committee.NewSession;
import cn.zhicheng.portal.records.PersonalRecords;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Notice list exports (issue #8 part 2): the 评前公示名单 of a review year for each jurisdiction (rows inserted for
 * 2083, a year no other test uses), the 评后公示名单 of a session driven through the real chain, the formats, the
 * formula guard, progress, audit, and the answers to bad or out-of-reach parameters.
 */
@PortalTest
class NoticeListExportTests {

	@Autowired
	CommitteeFiles files;

	static final int YEAR = 2083;

	static final String UNIT = "清远市清城区环境监测站";

	static final List<String> HEADER = List.of("业务编号", "姓名", "工作单位", "申报专业", "申报层级", "评委会", "公示开始",
			"公示结束", "异议数", "当前状态");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserDetailsService users;

	@Autowired
	PersonalRecords records;

	@Autowired
	CommitteeSessions sessions;

	@Autowired
	CommitteeVotes votes;

	@Autowired
	NoticeListExport export;

	PortalUser unit;

	PortalUser county;

	PortalUser city;

	PortalUser admin;

	String otherUnitName;

	@BeforeEach
	void rows() {
		clock.set(Instant.parse("2026-02-10T02:00:00Z"));
		unit = account("demo-unit");
		county = account("demo-county");
		city = account("demo-city");
		admin = account("demo-admin");
		long otherUnit = jdbc.queryForObject("select min(id) from employer_unit where id <> ?", Long.class, unit.unitId());
		otherUnitName = jdbc.queryForObject("select name from employer_unit where id = ?", String.class, otherUnit);
		long otherCounty = jdbc.queryForObject("select min(id) from region where parent_id = ? and id <> ?", Long.class,
				city.regionId(), county.regionId());
		long otherCity = jdbc.queryForObject("select id from region where code = '440100'", Long.class);
		long otherCitysCounty = jdbc.queryForObject("select min(id) from region where parent_id = ?", Long.class,
				otherCity);
		insert(1, "公示甲", unit.unitId(), county.regionId(), city.regionId(), "IN_PUBLIC_NOTICE", YEAR, "2083-01-10");
		insert(2, "=HYPERLINK(\"http://x\")", unit.unitId(), county.regionId(), city.regionId(), "COUNTY_REVIEW", YEAR,
				"2083-01-12");
		insert(3, "公示丙,逗号", otherUnit, county.regionId(), city.regionId(), "HELD_BY_OBJECTION", YEAR, "2083-01-14");
		insert(4, "外县丁", otherUnit, otherCounty, city.regionId(), "CITY_REVIEW", YEAR, "2083-01-16");
		insert(5, "外市戊", otherUnit, otherCitysCounty, otherCity, "ACCEPTED", YEAR, "2083-01-18");
		insert(6, "未公示己", unit.unitId(), county.regionId(), city.regionId(), "SUBMITTED", YEAR, null);
		insert(7, "别年庚", unit.unitId(), county.regionId(), city.regionId(), "COUNTY_REVIEW", YEAR + 1, "2084-01-10");
		for (int i = 1; i <= 2; i++) {
			jdbc.update("""
					insert into objection (application_id, lodged_at, text, text_hash, client_hash)
					select id, now(), '公示材料与实际情况不符，请核实第' || ? || '项', lpad(?::text, 64, '0'), lpad('c', 64, 'c')
					from application where number = 'NLX000001'""", i, i);
		}
	}

	@AfterEach
	void clean() {
		jdbc.update("delete from objection where application_id in (select id from application where number like 'NLX%')");
		jdbc.update("delete from application where number like 'NLX%' or number like 'NLP%'");
	}

	@Test
	void eachJurisdictionGetsExactlyItsFilesPastTheStartOfTheirNotice() {
		assertThat(ListSheets.firstCells(csv(unit, "/unit/notices/export.csv?year=" + YEAR)))
			.containsExactly("NLX000001", "NLX000002");
		assertThat(ListSheets.firstCells(csv(county, "/county/notices/export.csv?year=" + YEAR)))
			.containsExactly("NLX000001", "NLX000002", "NLX000003");
		assertThat(ListSheets.firstCells(csv(city, "/city/notices/export.csv?year=" + YEAR)))
			.containsExactly("NLX000001", "NLX000002", "NLX000003", "NLX000004");
		assertThat(ListSheets.firstCells(csv(admin, "/admin/notices/export.csv?year=" + YEAR)))
			.containsExactly("NLX000001", "NLX000002", "NLX000003", "NLX000004", "NLX000005");
		assertThat(export.count(city, new NoticeListRequest(YEAR, null))).isEqualTo(4);
		assertThat(export.count(account("demo-applicant"), new NoticeListRequest(YEAR, null))).isZero();
	}

	@Test
	void csvCellsCarryTheNoticeObjectionsAndStatusWithTheFormulaGuarded() {
		MvcTestResult result = get(county, "/county/notices/export.csv?year=" + YEAR);
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"pre-review-notices-2083-2026-02-10.csv\"")
			.contains("filename*=UTF-8''%E8%AF%84%E5%89%8D%E5%85%AC%E7%A4%BA%E5%90%8D%E5%8D%95-2083");
		List<List<String>> rows = ListSheets.csv(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).isEqualTo(HEADER);
		assertThat(rows.get(1)).containsExactly("NLX000001", "公示甲", UNIT, "生态环境监测", "中级", CommitteeFiles.COMMITTEE,
				"2083-01-10", "2083-01-16", "2", "单位评前公示中");
		assertThat(rows.get(2).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(rows.get(2).get(9)).isEqualTo("县（市、区）人社部门审核中");
		assertThat(rows.get(3)).element(1).isEqualTo("公示丙,逗号");
		assertThat(rows.get(3)).element(8).isEqualTo("0");
		assertThat(rows.get(3)).element(9).isEqualTo("公示期收到异议，待单位处理");
	}

	@Test
	void xlsxHoldsTheSameRowsAndTheExportIsAudited() {
		int audits = audits();
		MvcTestResult result = get(city, "/city/notices/export.xlsx?year=" + YEAR);
		assertThat(result).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		List<List<String>> rows = ListSheets.xlsx(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).isEqualTo(HEADER);
		assertThat(ListSheets.firstCells(rows)).containsExactly("NLX000001", "NLX000002", "NLX000003", "NLX000004");
		assertThat(rows.get(2).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(rows.get(4)).containsExactly("NLX000004", "外县丁", otherUnitName, "生态环境监测", "中级", CommitteeFiles.COMMITTEE,
				"2083-01-16", "2083-01-22", "0", "市人社局 / 评委会办公室审核中");
		assertThat(audits()).isEqualTo(audits + 1);
		assertThat(jdbc.queryForObject("""
				select detail from audit_event where action = 'EXPORT_NOTICES' order by id desc limit 1""",
				String.class)).isEqualTo("XLSX pre year: 2083 rows: 4");
	}

	@Test
	void progressLearnsTheTotalFirstThenEveryFiveHundredRowsAndTheEnd() throws IOException {
		long applicant = jdbc.queryForObject("select id from user_account where username = 'demo-applicant'", Long.class);
		jdbc.update("""
				insert into application (number, applicant_id, type, review_year, status, applicant_name, target_level,
				    notice_starts_on, notice_ends_on, status_changed_at, created_at, updated_at)
				select 'NLP' || lpad(g::text, 6, '0'), ?, 'EVALUATION', 2085, 'PASSED', '进度' || g, 'INTERMEDIATE',
				       date '2085-01-10', date '2085-01-16', now(), now(), now()
				from generate_series(1, 1200) g""", applicant);
		ListSheets.Recorder progress = new ListSheets.Recorder();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int rows = export.write(admin, new NoticeListRequest(2085, null), ExportFormat.XLSX, out, progress);
		assertThat(rows).isEqualTo(1200);
		assertThat(progress.calls).containsExactly("expect 1200", "done 500", "done 1000", "done 1200");
		assertThat(ListSheets.xlsx(out.toByteArray())).hasSize(1201);
	}

	@Test
	void theResultNoticeListsTheSessionsPassedCandidatesInTheViewersReach() {
		long passed = files.inCommitteeReview(files.applicant());
		long failed = files.inCommitteeReview(files.applicant());
		long session = sessions.create(city, new NewSession(files.committee(CommitteeFiles.COMMITTEE), 2025,
				LocalDate.of(2026, 3, 20), 9, 9, "导出主任"));
		votes.vote(city, session, passed, new Ballots(7, 2, 0));
		votes.vote(city, session, failed, new Ballots(3, 6, 0));
		assertThat(get(city, "/city/notices/export.csv?year=2025&sessionId=" + session)).as("not yet published")
			.hasStatus(404);
		clock.set(Instant.parse("2026-04-02T02:00:00Z"));
		long version = jdbc.queryForObject("select version from committee_session where id = ?", Long.class, session);
		sessions.publish(city, session, version, LocalDate.of(2026, 4, 2));

		List<List<String>> rows = ListSheets.xlsx(get(city, "/city/notices/export.xlsx?year=2025&sessionId=" + session)
			.getResponse()
			.getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("序号", "姓名", "工作单位", "申报专业", "资格名称", "层级", "评委会", "公示开始",
				"公示结束");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).containsExactly("1", name(passed), UNIT, "生态环境监测", "工程师", "中级",
				CommitteeFiles.COMMITTEE, "2026-04-02", "2026-04-09");
		assertThat(ListSheets.csv(body(get(unit, "/unit/notices/export.csv?year=2025&sessionId=" + session))))
			.hasSize(2);
		assertThat(ListSheets.csv(body(get(admin, "/admin/notices/export.csv?year=2025&sessionId=" + session))))
			.hasSize(2);
		assertThat(get(files.otherCityReviewer(), "/city/notices/export.csv?year=2025&sessionId=" + session))
			.as("another city's session").hasStatus(404);
		assertThat(get(city, "/city/notices/export.csv?year=2024&sessionId=" + session)).as("another year")
			.hasStatus(404);
		assertThatThrownBy(() -> export.count(account("demo-applicant"), new NoticeListRequest(2025, session)))
			.isInstanceOf(ListNotFoundException.class);
	}

	@Test
	void badParametersAnswer400UnknownSessions404BeforeAnyFileHeaderAndOtherRolesAreRefused() {
		assertThat(get(city, "/city/notices/export.csv?year=83")).hasStatus(400);
		assertThat(get(city, "/city/notices/export.csv?year=abcd")).hasStatus(400);
		assertThat(get(city, "/city/notices/export.csv")).hasStatus(400);
		assertThat(get(city, "/city/notices/export.xlsx?year=2083&sessionId=x")).hasStatus(400);
		MvcTestResult missing = get(city, "/city/notices/export.xlsx?year=2083&sessionId=999999999");
		assertThat(missing).hasStatus(404);
		assertThat(missing.getResponse().getHeader("Content-Disposition")).isNull();
		PortalUser applicant = account("demo-applicant");
		assertThat(get(applicant, "/unit/notices/export.csv?year=2083")).hasStatus(403);
		assertThat(get(applicant, "/city/notices/export.xlsx?year=2083")).hasStatus(403);
		assertThat(get(unit, "/city/notices/export.csv?year=2083")).hasStatus(403);
		assertThat(get(county, "/admin/notices/export.csv?year=2083")).hasStatus(403);
	}

	private void insert(int n, String name, @Nullable Long unitId, @Nullable Long countyId, @Nullable Long cityId,
			String status, int year, @Nullable String startsOn) {
		String username = "nlx-applicant-" + n;
		jdbc.update("""
				insert into user_account (username, password_hash, display_name, role) values (?, 'x', ?, 'APPLICANT')
				on conflict (username) do nothing""", username, name);
		jdbc.update("""
				insert into application (number, applicant_id, type, review_year, status, applicant_name, unit_id,
				    county_id, city_id, series_id, specialty_id, target_level, committee_id, notice_starts_on,
				    notice_ends_on, status_changed_at, created_at, updated_at)
				values (?, (select id from user_account where username = ?), 'EVALUATION', ?, ?, ?, ?, ?, ?,
				    (select id from title_series where code = 'ENGINEERING'),
				    (select id from specialty where name = '生态环境监测'), 'INTERMEDIATE',
				    (select id from committee where name = ?), ?::date, ?::date + 6, now(), now(), now())""",
				"NLX00000" + n, username, year, status, name, unitId, countyId, cityId, CommitteeFiles.COMMITTEE,
				startsOn, startsOn);
	}

	private String name(long file) {
		return jdbc.queryForObject("select applicant_name from application where id = ?", String.class, file);
	}

	private int audits() {
		return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT_NOTICES'", Integer.class);
	}

	private List<List<String>> csv(PortalUser as, String uri) {
		return ListSheets.csv(body(get(as, uri)));
	}

	private byte[] body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private PortalUser account(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	private MvcTestResult get(PortalUser as, String uri) {
		return mvc.get().uri(uri).with(user(as)).exchange();
	}

}
