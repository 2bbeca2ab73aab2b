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
import cn.zhicheng.portal.certificate.CertificateView;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The result list for reporting (评审结果上报 / 组批件, issue #8 part 2): one file driven through the whole chain to its
 * certificate and read back cell by cell, and votes inserted for 2082 (a year no other test uses; votes are
 * append-only, so they stay, in sessions whose notice runs in 2083 and so never become due for a certificate) to
 * check that each jurisdiction gets exactly its rows.
 */
@PortalTest
class ResultListExportTests {

	static final int YEAR = 2082;

	static final String GUANGZHOU_COMMITTEE = "广州市工程系列测试中级职称评审委员会";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PersonalRecords records;

	@Autowired
	CommitteeSessions sessions;

	@Autowired
	CommitteeVotes votes;

	@Autowired
	Certificates certificates;

	@Autowired
	ResultListExport export;

	@Autowired
	CommitteeFiles files;

	PortalUser county;

	PortalUser city;

	PortalUser admin;

	PortalUser guangzhou;

	@BeforeEach
	void votes() {
		clock.set(Instant.parse("2026-02-10T02:00:00Z"));
		county = files.user("demo-county");
		city = files.city();
		admin = files.user("demo-admin");
		guangzhou = files.otherCityReviewer();
		if (jdbc.queryForObject("select count(*) from application where number like 'RLX%'", Integer.class) > 0) {
			return;
		}
		long otherCounty = jdbc.queryForObject("select min(id) from region where parent_id = ? and id <> ?", Long.class,
				city.regionId(), county.regionId());
		long guangzhouCity = guangzhou.regionId();
		long guangzhouCounty = jdbc.queryForObject("select min(id) from region where parent_id = ?", Long.class,
				guangzhouCity);
		long ours = session(CommitteeFiles.COMMITTEE, "2083-03-20", 15, 12);
		long theirs = session(GUANGZHOU_COMMITTEE, "2083-03-21", 9, 9);
		vote(ours, insert(1, "结果甲", county.regionId(), city.regionId(), "PASSED"), 10, 1, 1, "PASS");
		vote(ours, insert(2, "=结果乙", county.regionId(), city.regionId(), "FAILED"), 5, 6, 1, "FAIL");
		vote(ours, insert(3, "结果丙", otherCounty, city.regionId(), "PASSED"), 9, 2, 1, "PASS");
		vote(theirs, insert(4, "广州丁", guangzhouCounty, guangzhouCity, "PASSED"), 8, 1, 0, "PASS");
		jdbc.update("""
				update committee_session set result_notice_starts_on = date '2083-04-01',
				       result_notice_ends_on = date '2083-04-08', published_at = now() where id in (?, ?)""", ours, theirs);
		jdbc.update("""
				insert into certificate (number, holder_name, title_name, level, review_year, issuer, issued_on, source,
				                         application_id)
				select 'RLX证2082000001', applicant_name, '工程师', 'INTERMEDIATE', 2082, '广东省人力资源和社会保障厅',
				       date '2083-04-09', 'ISSUED', id
				from application where number = 'RLX000001'""");
	}

	@Test
	void eachJurisdictionGetsExactlyItsVotes() {
		assertThat(numbers(county, "/county/results/export.csv?year=" + YEAR)).containsExactly("RLX000001", "RLX000002");
		assertThat(numbers(city, "/city/results/export.csv?year=" + YEAR)).containsExactly("RLX000001", "RLX000003",
				"RLX000002");
		assertThat(numbers(city, "/city/results/export.csv?year=" + YEAR + "&committeeId=" + committee()))
			.containsExactly("RLX000001", "RLX000003", "RLX000002");
		assertThat(numbers(guangzhou, "/city/results/export.csv?year=" + YEAR)).containsExactly("RLX000004");
		assertThat(numbers(admin, "/admin/results/export.csv?year=" + YEAR)).containsExactly("RLX000004", "RLX000001",
				"RLX000003", "RLX000002");
		assertThat(numbers(admin, "/admin/results/export.csv?year=" + YEAR + "&committeeId=" + committee()))
			.hasSize(3);
		assertThat(export.count(city, new ResultListRequest(YEAR, null))).isEqualTo(3);
		assertThat(export.count(files.user("demo-unit"), new ResultListRequest(YEAR, null))).isZero();
	}

	@Test
	void cellsCarryTheVoteOutcomeNoticeAndCertificateWithTheFormulaGuarded() {
		MvcTestResult result = get(county, "/county/results/export.csv?year=" + YEAR);
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"review-results-2082-2026-02-10.csv\"")
			.contains("filename*=UTF-8''%E8%AF%84%E5%AE%A1%E7%BB%93%E6%9E%9C%E5%90%8D%E5%8D%95-2082");
		List<List<String>> rows = ListSheets.csv(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("序号", "业务编号", "姓名", "性别", "工作单位", "所在地区", "申报系列/专业",
				"申报层级", "取得资格名称", "评委会", "评审会议日期", "应到人数", "实到人数", "同意", "不同意", "弃权", "结果", "公示期",
				"证书编号");
		assertThat(rows.get(1)).containsExactly("1", "RLX000001", "结果甲", "男", NoticeListExportTests.UNIT, "清城区",
				"工程技术人员 / 生态环境监测", "中级", "工程师", CommitteeFiles.COMMITTEE, "2083-03-20", "15", "12", "10", "1", "1",
				"通过", "2083-04-01 至 2083-04-08", "RLX证2082000001");
		assertThat(rows.get(2)).containsExactly("2", "RLX000002", "'=结果乙", "男", NoticeListExportTests.UNIT, "清城区",
				"工程技术人员 / 生态环境监测", "中级", "", CommitteeFiles.COMMITTEE, "2083-03-20", "15", "12", "5", "6", "1",
				"不通过", "2083-04-01 至 2083-04-08", "");
	}

	@Test
	void aFileDrivenThroughTheChainReadsBackAsTheCommitteeRecordedIt() {
		PortalUser applicant = files.applicant();
		long file = files.inCommitteeReview(applicant);
		long session = sessions.create(city, new NewSession(committee(), 2025, LocalDate.of(2026, 3, 20), 11, 9,
				"结果主任"));
		votes.vote(city, session, file, new Ballots(6, 2, 1));
		clock.set(Instant.parse("2026-04-02T02:00:00Z"));
		long version = jdbc.queryForObject("select version from committee_session where id = ?", Long.class, session);
		sessions.publish(city, session, version, LocalDate.of(2026, 4, 2));
		clock.set(Instant.parse("2026-04-10T02:00:00Z"));
		CertificateView certificate = certificates.issueFor(file);
		String number = jdbc.queryForObject("select number from application where id = ?", String.class, file);

		MvcTestResult result = get(city, "/city/results/export.xlsx?year=2025&committeeId=" + committee());
		assertThat(result).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		List<String> row = ListSheets.rowWith(ListSheets.xlsx(result.getResponse().getContentAsByteArray()), 1, number);
		assertThat(row.subList(1, row.size())).containsExactly(number, applicant.displayName(), "女",
				NoticeListExportTests.UNIT, "清城区", "工程技术人员 / 生态环境监测", "中级", "工程师", CommitteeFiles.COMMITTEE,
				"2026-03-20", "11", "9", "6", "2", "1", "通过", "2026-04-02 至 2026-04-09", certificate.number());
		assertThat(ListSheets.rowWith(ListSheets.csv(get(county, "/county/results/export.csv?year=2025").getResponse()
			.getContentAsByteArray()), 1, number)).element(18).isEqualTo(certificate.number());
	}

	@Test
	void progressAuditAndTheCountAgree() throws IOException {
		int audits = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT_RESULTS'",
				Integer.class);
		ListSheets.Recorder progress = new ListSheets.Recorder();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(export.write(admin, new ResultListRequest(YEAR, null), ExportFormat.CSV, out, progress)).isEqualTo(4);
		assertThat(progress.calls).containsExactly("expect 4", "done 4");
		assertThat(ListSheets.csv(out.toByteArray())).hasSize(5);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT_RESULTS'",
				Integer.class)).isEqualTo(audits + 1);
	}

	@Test
	void outOfReachCommitteesAreNotFoundAndOtherRolesRefused() {
		MvcTestResult foreign = get(guangzhou, "/city/results/export.csv?year=" + YEAR + "&committeeId=" + committee());
		assertThat(foreign).hasStatus(404);
		assertThat(foreign.getResponse().getHeader("Content-Disposition")).isNull();
		assertThat(get(city, "/city/results/export.xlsx?year=" + YEAR + "&committeeId=999999999")).hasStatus(404);
		assertThat(get(city, "/city/results/export.xlsx?year=20821")).hasStatus(400);
		assertThat(get(city, "/city/results/export.xlsx?year=" + YEAR + "&committeeId=abc")).hasStatus(400);
		assertThatThrownBy(() -> export.count(files.user("demo-unit"), new ResultListRequest(YEAR, committee())))
			.isInstanceOf(ListNotFoundException.class);
		PortalUser applicant = files.user("demo-applicant");
		assertThat(get(applicant, "/city/results/export.csv?year=" + YEAR)).hasStatus(403);
		assertThat(get(applicant, "/county/results/export.xlsx?year=" + YEAR)).hasStatus(403);
		assertThat(get(files.user("demo-unit"), "/county/results/export.csv?year=" + YEAR)).hasStatus(403);
		assertThat(get(files.user("demo-unit"), "/unit/results/export.csv?year=" + YEAR)).hasStatus(404);
	}

	private long committee() {
		return files.committee(CommitteeFiles.COMMITTEE);
	}

	private long session(String committee, String heldOn, int total, int present) {
		return jdbc.queryForObject("""
				insert into committee_session (committee_id, review_year, held_on, members_total, members_present, chair,
				                               created_by, created_at)
				values ((select id from committee where name = ?), ?, ?::date, ?, ?, '导出测试主任', ?, now())
				returning id""", Long.class, committee, YEAR, heldOn, total, present, city.id());
	}

	private long insert(int n, String name, long countyId, long cityId, String status) {
		String username = "rlx-applicant-" + n;
		jdbc.update("""
				insert into user_account (username, password_hash, display_name, role, gender)
				values (?, 'x', ?, 'APPLICANT', 'MALE') on conflict (username) do nothing""", username, name);
		return jdbc.queryForObject("""
				insert into application (number, applicant_id, type, review_year, status, applicant_name, unit_id,
				    county_id, city_id, series_id, specialty_id, target_level, committee_id, status_changed_at,
				    created_at, updated_at)
				values (?, (select id from user_account where username = ?), 'EVALUATION', ?, ?, ?,
				    (select id from employer_unit where credit_code = ?), ?, ?,
				    (select id from title_series where code = 'ENGINEERING'),
				    (select id from specialty where name = '生态环境监测'), 'INTERMEDIATE',
				    (select id from committee where name = ?), now(), now(), now())
				returning id""", Long.class, "RLX00000" + n, username, YEAR, status, name, CommitteeFiles.DEMO_UNIT,
				countyId, cityId, n == 4 ? GUANGZHOU_COMMITTEE : CommitteeFiles.COMMITTEE);
	}

	private void vote(long session, long file, int agree, int disagree, int abstain, String outcome) {
		jdbc.update("""
				insert into committee_vote (application_id, session_id, agree, disagree, abstain, outcome, recorded_by,
				                            recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, now())""", file, session, agree, disagree, abstain, outcome, city.id());
	}

	private List<String> numbers(PortalUser as, String uri) {
		MvcTestResult result = get(as, uri);
		assertThat(result).hasStatusOk();
		return ListSheets.csv(result.getResponse().getContentAsByteArray()).stream().skip(1).map(r -> r.get(1)).toList();
	}

	private MvcTestResult get(PortalUser as, String uri) {
		return mvc.get().uri(uri).with(user(as)).exchange();
	}

}
