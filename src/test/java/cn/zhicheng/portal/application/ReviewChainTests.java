package cn.zhicheng.portal.application;

import java.time.Instant;
import java.util.List;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReturnReasonInput;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.StoredRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A file through the chain as the three reviewers work it in their pages: the unit's 评前公示 across the 2026 Spring
 * Festival and forwarding refused until it has run, the county, the city's queue, acceptance and the result; returns
 * with structured reasons and the change view; 补正 deadlines; 不予受理; claims, stale decisions and jurisdiction.
 */
@PortalTest
class ReviewChainTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

	@Autowired
	PersonalRecords records;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	ChainFiles files;

	Filers filers;

	PortalUser unit;

	PortalUser county;

	PortalUser city;

	/** Tuesday 2026-02-10, inside the 2025年度 window of the 清远 committees, five days before the Spring Festival. */
	@BeforeEach
	void chain() {
		clock.set(Instant.parse("2026-02-10T02:00:00Z"));
		filers = new Filers(accounts, users, records, jdbc);
		files = new ChainFiles(applications, records, filers, jdbc);
		unit = account("demo-unit");
		county = account("demo-county");
		city = account("demo-city");
	}

	@Test
	void aFileGoesFromUnitThroughNoticeCountyAndCityToAPass() {
		PortalUser applicant = filers.completeApplicant("chain");
		long id = files.submitted(applicant);
		assertThat(get(unit, "/unit/queue")).hasStatusOk().bodyText().contains(number(id));

		// 5 working days from Tue 2026-02-10: 10, 11, 12, 13 and the 调休 Saturday 14 (DOMAIN.md §4.2).
		assertThat(post(unit, "/unit/applications/" + id + "/notice", "version", files.version(id) + "", "startsOn",
				"2026-02-10")).redirectedUrl().isEqualTo("/unit/applications/" + id);
		assertThat(jdbc.queryForObject("select notice_ends_on::text from application where id = ?", String.class, id))
			.isEqualTo("2026-02-14");
		clock.set(Instant.parse("2026-02-14T02:00:00Z"));
		post(unit, "/unit/applications/" + id + "/forward", "version", files.version(id) + "");
		assertThat(files.status(id)).isEqualTo("IN_PUBLIC_NOTICE");
		assertThat(get(unit, "/unit/applications/" + id)).hasStatusOk();
		assertThatThrownBy(() -> reviews.forward(unit, id, null)).isInstanceOf(WorkflowRefusedException.class)
			.satisfies(ex -> assertThat(((WorkflowRefusedException) ex).argument()).isEqualTo("2026-02-15"));

		clock.set(Instant.parse("2026-02-24T02:00:00Z"));
		post(unit, "/unit/applications/" + id + "/forward", "version", files.version(id) + "");
		assertThat(files.status(id)).isEqualTo("COUNTY_REVIEW");
		assertThat(get(county, "/county/queue")).hasStatusOk().bodyText().contains(number(id));
		post(county, "/county/applications/" + id + "/forward", "version", files.version(id) + "");
		assertThat(files.status(id)).isEqualTo("CITY_REVIEW");

		assertThat(get(city, "/city/queue")).hasStatusOk().bodyText().contains(number(id)).contains("2026-03-31");
		assertThat(get(city, "/city/queue?q=" + number(id))).bodyText().contains(number(id));
		post(city, "/city/applications/" + id + "/accept", "version", files.version(id) + "");
		post(city, "/city/applications/" + id + "/committee-review", "version", files.version(id) + "");
		assertThat(files.status(id)).isEqualTo("IN_COMMITTEE_REVIEW");
		reviews.decide(city, id, null, WorkflowAction.RECORD_PASS, "同意 7 / 不同意 1 / 弃权 1");
		assertThat(files.status(id)).isEqualTo("PASSED");
		assertThat(records.educations(applicant.id())).allMatch(StoredRecord::archived);
		assertThat(applications.history(applicant.id(), id)).extracting(HistoryEntry::action)
			.containsExactly(WorkflowAction.SUBMIT, WorkflowAction.START_PUBLIC_NOTICE,
					WorkflowAction.FORWARD_TO_COUNTY, WorkflowAction.FORWARD_TO_CITY, WorkflowAction.ACCEPT,
					WorkflowAction.START_COMMITTEE_REVIEW, WorkflowAction.RECORD_PASS);
	}

	@Test
	void aReturnCarriesReasonsBySectionAndTheResubmittedFileShowsWhatChanged() {
		PortalUser applicant = filers.completeApplicant("reasons");
		long id = toCounty(applicant);
		MvcTestResult empty = post(county, "/county/applications/" + id + "/return", "version",
				files.version(id) + "", "sections", "APPRAISAL", "texts", "  ");
		assertThat(empty).redirectedUrl().isEqualTo("/county/applications/" + id);
		assertThat(files.status(id)).isEqualTo("COUNTY_REVIEW");

		post(county, "/county/applications/" + id + "/return", "version", files.version(id) + "", "sections",
				"PERSONAL", "texts", "现从事专业与申报专业不一致");
		assertThat(files.status(id)).isEqualTo("RETURNED");
		assertThat(get(applicant, "/applicant/applications/" + id)).bodyText()
			.contains("退回原因")
			.contains("个人信息")
			.contains("现从事专业与申报专业不一致");

		assertThat(mvc.post().uri("/applicant/applications/" + id + "/steps/personal").with(user(applicant))
			.with(csrf()).param("version", files.version(id) + "").param("workStartedOn", "2012-07-15")
			.param("currentSpecialty", "生态环境监测").param("titleName", "助理工程师").param("titleLevel", "ASSISTANT")
			.param("titleObtainedBy", "EVALUATION").param("titleObtainedOn", "2021-03-10")
			.param("titleEvaluationYear", "2020")).hasStatus3xxRedirection();
		assertThat(applications.submit(applicant, id, files.version(id)).ready()).isTrue();
		assertThat(files.status(id)).as("a resubmitted file starts again at the unit").isEqualTo("SUBMITTED");
		assertThat(get(unit, "/unit/applications/" + id)).hasStatusOk()
			.bodyText()
			.contains("退回后修改的部分")
			.contains("【个人信息】现从事专业与申报专业不一致");
	}

	@Test
	void anUnansweredReturnForAmendmentIsTreatedAsWithdrawnAfterItsDeadline() {
		PortalUser applicant = filers.completeApplicant("amend");
		long id = toCity(applicant);
		post(city, "/city/applications/" + id + "/return", "version", files.version(id) + "", "sections",
				"TRAINING", "texts", "缺少2025年度继续教育证书", "amendmentWorkingDays", "3");
		assertThat(files.status(id)).isEqualTo("RETURNED");
		// Returned on Sun 2026-02-15 (the notice ended on the 调休 Saturday 14th), in the Spring Festival: three
		// working days from the next day are 24, 25 and 26 February.
		assertThat(jdbc.queryForObject("select amendment_due_on::text from application where id = ?", String.class,
				id)).isEqualTo("2026-02-26");
		assertThat(reviews.expireAmendments(java.time.LocalDate.of(2026, 2, 26))).isZero();
		reviews.expireAmendments(java.time.LocalDate.of(2026, 2, 27));
		assertThat(files.status(id)).isEqualTo("WITHDRAWN");
		assertThat(applications.history(applicant.id(), id).getLast().actorRole()).isEqualTo(Party.SYSTEM);
	}

	@Test
	void notAcceptedNeedsAReasonAndEndsTheCase() {
		PortalUser applicant = filers.completeApplicant("rejected");
		long id = toCounty(applicant);
		post(county, "/county/applications/" + id + "/not-accept", "version", files.version(id) + "");
		assertThat(files.status(id)).isEqualTo("COUNTY_REVIEW");
		post(county, "/county/applications/" + id + "/not-accept", "version", files.version(id) + "", "reason",
				"未按规定进行评前公示");
		assertThat(files.status(id)).isEqualTo("NOT_ACCEPTED");
		assertThat(records.appraisals(applicant.id())).allMatch(StoredRecord::archived);
	}

	@Test
	void reviewersOutsideTheJurisdictionSeeNothing() {
		PortalUser applicant = filers.completeApplicant("scope");
		long id = toCounty(applicant);
		PortalUser otherCounty = reviewer(Role.COUNTY_REVIEWER, "441881");
		PortalUser otherCity = reviewer(Role.CITY_REVIEWER, "440100");
		PortalUser otherUnit = officerOf("12441881MB2D10007L");
		assertThat(get(otherUnit, "/unit/applications/" + id)).hasStatus(404);
		assertThat(get(otherUnit, "/unit/queue")).bodyText().doesNotContain(number(id));
		assertThat(post(otherUnit, "/unit/applications/" + id + "/return", "sections", "PERSONAL", "texts", "越权退回"))
			.hasStatus(404);
		assertThat(get(otherCounty, "/county/applications/" + id)).hasStatus(404);
		assertThat(get(otherCounty, "/county/queue")).bodyText().doesNotContain(number(id));
		assertThat(post(otherCounty, "/county/applications/" + id + "/forward", "version", files.version(id) + ""))
			.hasStatus(404);
		assertThat(get(otherCity, "/city/applications/" + id)).hasStatus(404);
		assertThat(get(unit, "/county/applications/" + id)).hasStatus(403);
		assertThat(files.status(id)).isEqualTo("COUNTY_REVIEW");
	}

	@Test
	void aClaimKeepsOtherReviewersOffAndAStaleDecisionIsRefused() {
		PortalUser applicant = filers.completeApplicant("claim");
		long id = toCity(applicant);
		PortalUser colleague = reviewer(Role.CITY_REVIEWER, "441800");
		long seen = files.version(id);
		post(colleague, "/city/applications/" + id + "/claim");
		MvcTestResult refused = post(city, "/city/applications/" + id + "/accept", "version", seen + "");
		assertThat(refused).flash().containsEntry("refusedKey", "application.refused.claimed");
		assertThat(files.status(id)).isEqualTo("CITY_REVIEW");

		post(colleague, "/city/applications/" + id + "/accept", "version", files.version(id) + "");
		assertThat(files.status(id)).isEqualTo("ACCEPTED");
		MvcTestResult stale = post(city, "/city/applications/" + id + "/committee-review", "version", seen + "");
		assertThat(stale).flash().containsEntry("refusedKey", "review.refused.stale");
		assertThat(files.status(id)).isEqualTo("ACCEPTED");
	}

	/**
	 * Issue #10, test 10: two reviewers of the same county decide the same file at the same moment, one forwarding it,
	 * the other refusing it. In every race one decision stands, the other reviewer is told the file changed, and the
	 * history has exactly one decision. Prints the figure.
	 */
	@Test
	void twoReviewersDecidingAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		PortalUser colleague = reviewer(Role.COUNTY_REVIEWER, regionCodeOf(county));
		int races = 12;
		int forwarded = 0;
		int refused = 0;
		for (int race = 0; race < races; race++) {
			clock.set(Instant.parse("2026-02-10T02:00:00Z"));
			long id = toCounty(filers.completeApplicant("race"));
			String seen = files.version(id) + "";
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				var forward = two.submit(() -> {
					start.await();
					return post(county, "/county/applications/" + id + "/forward", "version", seen);
				});
				var notAccept = two.submit(() -> {
					start.await();
					return post(colleague, "/county/applications/" + id + "/not-accept", "version", seen, "reason",
							"材料不全");
				});
				List<MvcTestResult> results = List.of(forward.get(), notAccept.get());
				assertThat(results).extracting(result -> result.getMvcResult().getFlashMap().get("refusedKey"))
					.as("race %d: exactly one reviewer told the file changed", race)
					.containsOnlyOnce("review.refused.stale");
				assertThat(jdbc.queryForObject("select count(*) from application_history where application_id = ? "
						+ "and from_status = 'COUNTY_REVIEW'", Integer.class, id)).as("race %d", race).isEqualTo(1);
				String status = files.status(id);
				assertThat(status).isIn("CITY_REVIEW", "NOT_ACCEPTED");
				forwarded += status.equals("CITY_REVIEW") ? 1 : 0;
				refused += status.equals("NOT_ACCEPTED") ? 1 : 0;
			}
			finally {
				two.shutdownNow();
			}
		}
		System.out.printf("Concurrent decisions: %d races, %d forwarded, %d not accepted, %d lost updates%n", races,
				forwarded, refused, races - forwarded - refused);
		assertThat(forwarded + refused).isEqualTo(races);
	}

	private String regionCodeOf(PortalUser reviewer) {
		return jdbc.queryForObject("select code from region where id = ?", String.class, reviewer.regionId());
	}

	@Test
	void theCityQueueComesInDeadlineOrderAndBulkAcceptSkipsWhatItCannotTake() throws Exception {
		PortalUser first = filers.completeApplicant("later-deadline");
		long later = toCity(first);
		PortalUser second = filers.completeApplicant("earlier-deadline");
		long earlier = toCity(second);
		jdbc.update("update application set committee_deadline = date '2026-03-15' where id = ?", earlier);
		String queue = get(city, "/city/queue").getResponse().getContentAsString();
		assertThat(queue.indexOf(number(earlier))).isLessThan(queue.indexOf(number(later)));

		PortalUser colleague = reviewer(Role.CITY_REVIEWER, "441800");
		reviews.claim(colleague, later);
		MvcTestResult bulk = mvc.post().uri("/city/queue/accept").with(user(city)).with(csrf())
			.param("ids", String.valueOf(earlier), String.valueOf(later)).exchange();
		assertThat(bulk).flash().containsEntry("accepted", 1).containsEntry("refusedCount", 1);
		assertThat(files.status(earlier)).isEqualTo("ACCEPTED");
		assertThat(files.status(later)).isEqualTo("CITY_REVIEW");
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	/** Through the unit's notice (from today) to the county, the clock moved to the day after the notice. */
	private long toCounty(PortalUser applicant) {
		long id = files.submitted(applicant);
		java.time.LocalDate ends = reviews.startNotice(unit, id, null, java.time.LocalDate.now(clock));
		clock.set(ends.plusDays(1).atStartOfDay(clock.getZone()).plusHours(10).toInstant());
		reviews.forward(unit, id, null);
		return id;
	}

	private long toCity(PortalUser applicant) {
		long id = toCounty(applicant);
		reviews.forward(county, id, null);
		return id;
	}

	private PortalUser reviewer(Role role, String regionCode) {
		int n = People.next();
		Long region = jdbc.queryForObject("select id from region where code = ?", Long.class, regionCode);
		String username = People.username("reviewer", n);
		accounts.createIfAbsent(new NewAccount(username, "Review#2026", "审核" + n, role, null, region, null));
		return account(username);
	}

	private PortalUser officerOf(String creditCode) {
		int n = People.next();
		Long unitId = jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, creditCode);
		String username = People.username("officer", n);
		accounts.createIfAbsent(new NewAccount(username, "Review#2026", "专员" + n, Role.UNIT_HR, unitId, null, null));
		return account(username);
	}

	private PortalUser account(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	private String number(long id) {
		return jdbc.queryForObject("select number from application where id = ?", String.class, id);
	}

	private MvcTestResult get(PortalUser as, String uri) {
		return mvc.get().uri(uri).with(user(as)).exchange();
	}

	private MvcTestResult post(PortalUser as, String uri, String... params) {
		var request = mvc.post().uri(uri).with(user(as)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
