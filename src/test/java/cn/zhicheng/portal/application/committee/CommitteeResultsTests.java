package cn.zhicheng.portal.application.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.StoredRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Committee results end to end (issue #6 part 6): a session sits only with its quorum, each file is voted once with no
 * more ballots than members present, the outcome passes or fails the file through the workflow and archives the
 * applicant's records, and the 评后公示 lists the passed candidates publicly for five working days, after which the
 * results are final.
 */
@PortalTest
class CommitteeResultsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	MutableClock clock;

	@Autowired
	PersonalRecords records;

	@Autowired
	CommitteeSessions sessions;

	@Autowired
	CommitteeVotes votes;

	@Autowired
	CommitteePolicy policy;

	@Autowired
	CommitteeFiles files;

	@BeforeEach
	void files() {
		clock.set(CommitteeFiles.FILING);
	}

	@Test
	void theDefaultsAreTwoThirds() {
		assertThat(policy.quorum()).isEqualTo(new Fraction(2, 3));
		assertThat(policy.passRatio()).isEqualTo(new Fraction(2, 3));
	}

	@Test
	void aSessionWithoutItsQuorumIsRefused() {
		String chair = "主任" + System.nanoTime();
		MvcTestResult refused = post(files.city(), "/city/committee-sessions", sessionForm(chair, 15, 9));
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("实到人数不足：应到 15 人，至少需实到 10 人（2/3）")
			.contains("value=\"9\"");
		assertThat(sessionsChairedBy(chair)).isZero();

		MvcTestResult created = post(files.city(), "/city/committee-sessions", sessionForm(chair, 15, 10));
		assertThat(created).hasStatus3xxRedirection();
		assertThat(sessionsChairedBy(chair)).isOne();
		assertThat(get(files.city(), "/city/committee-sessions")).hasStatusOk().bodyText().contains("实到 10 人 / 应到 15 人");
	}

	@Test
	void aVoteWithMoreBallotsThanMembersPresentIsRefused() {
		long file = files.inCommitteeReview(files.applicant());
		long session = session(9);
		MvcTestResult refused = post(files.city(), "/city/committee-sessions/" + session + "/votes",
				Map.of("applicationId", String.valueOf(file), "agree", "6", "disagree", "3", "abstain", "1"));
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("票数合计 10 张，超过实到委员人数 9 人")
			.contains("value=\"6\"");
		assertThat(files.status(file)).isEqualTo("IN_COMMITTEE_REVIEW");
		assertThat(jdbc.queryForObject("select count(*) from committee_vote where application_id = ?", Integer.class,
				file)).isZero();
	}

	@Test
	void theOutcomePassesOrFailsTheFileAndArchivesTheRecords() {
		PortalUser passing = files.applicant();
		long passed = files.inCommitteeReview(passing);
		PortalUser failing = files.applicant();
		long failed = files.inCommitteeReview(failing);
		long session = session(9);
		assertThat(get(files.city(), "/city/committee-sessions/" + session)).hasStatusOk()
			.bodyText()
			.contains(name(passed), name(failed))
			.contains("同意票不少于 6 票（实到 9 人的 2/3）");

		assertThat(post(files.city(), "/city/committee-sessions/" + session + "/votes",
				Map.of("applicationId", String.valueOf(passed), "agree", "6", "disagree", "2", "abstain", "1")))
			.hasStatus3xxRedirection();
		assertThat(files.status(passed)).isEqualTo("PASSED");
		assertThat(jdbc.queryForObject("""
				select reason from application_history where application_id = ? and action = 'RECORD_PASS'""",
				String.class, passed)).isEqualTo("同意 6 / 不同意 2 / 弃权 1");
		assertThat(records.educations(passing.id())).isNotEmpty().allMatch(StoredRecord::archived);

		assertThat(votes.vote(files.city(), session, failed, new Ballots(5, 4, 0))).isEqualTo(VoteOutcome.FAIL);
		assertThat(files.status(failed)).isEqualTo("FAILED");
		assertThat(records.educations(failing.id())).allMatch(StoredRecord::archived);
		assertThat(get(files.city(), "/city/committee-sessions/" + session)).hasStatusOk()
			.bodyText()
			.contains("通过", "未通过");
	}

	@Test
	void aFileIsVotedOnlyOnce() {
		long file = files.inCommitteeReview(files.applicant());
		long session = session(10);
		assertThat(votes.vote(files.city(), session, file, new Ballots(7, 3, 0))).isEqualTo(VoteOutcome.PASS);
		assertThatThrownBy(() -> votes.vote(files.city(), session, file, new Ballots(1, 9, 0)))
			.isInstanceOf(CommitteeRefusedException.class)
			.hasMessage("committee.refused.voted");
		long another = session(10);
		assertThat(post(files.city(), "/city/committee-sessions/" + another + "/votes",
				Map.of("applicationId", String.valueOf(file), "agree", "0", "disagree", "10", "abstain", "0")))
			.hasStatusOk()
			.bodyText()
			.contains("这份申报已经表决过，不能重复表决");
		assertThat(files.status(file)).isEqualTo("PASSED");
	}

	@Test
	void aFileOutsideTheReviewersCityIsNotFound() {
		long file = files.inCommitteeReview(files.applicant());
		long ours = session(9);
		PortalUser guangzhou = files.otherCityReviewer();
		long theirs = sessions.create(guangzhou, new NewSession(files.committee("广州市工程系列测试中级职称评审委员会"), 2025,
				LocalDate.of(2026, 3, 10), 9, 9, "广州主任"));

		assertThat(post(guangzhou, "/city/committee-sessions/" + theirs + "/votes",
				Map.of("applicationId", String.valueOf(file), "agree", "9", "disagree", "0", "abstain", "0")))
			.hasStatus(404);
		assertThat(get(guangzhou, "/city/committee-sessions/" + ours)).hasStatus(404);
		assertThat(post(guangzhou, "/city/committee-sessions/" + ours + "/votes",
				Map.of("applicationId", String.valueOf(file), "agree", "9", "disagree", "0", "abstain", "0")))
			.hasStatus(404);
		assertThat(get(guangzhou, "/city/committee-sessions")).hasStatusOk().bodyText().doesNotContain(
				CommitteeFiles.COMMITTEE);
		assertThatThrownBy(() -> sessions.create(files.city(), new NewSession(
				files.committee("广州市工程系列测试中级职称评审委员会"), 2025, LocalDate.of(2026, 3, 10), 9, 9, "主任")))
			.hasMessage("committee.refused.committee");
		// Of the reviewer's own city, but of another committee: not this session's file either.
		long junior = sessions.create(files.city(), new NewSession(
				files.committee("清远市工程系列生态环境专业初级职称评审委员会"), 2025, LocalDate.of(2026, 3, 10), 9, 9, "主任"));
		assertThatThrownBy(() -> votes.vote(files.city(), junior, file, new Ballots(9, 0, 0)))
			.isInstanceOf(ApplicationNotFoundException.class);
		assertThat(files.status(file)).isEqualTo("IN_COMMITTEE_REVIEW");
	}

	@Test
	void theResultNoticeRunsFiveWorkingDaysPastTheHolidayThenTheResultIsFinal() {
		long file = files.inCommitteeReview(files.applicant());
		long session = session(9);
		votes.vote(files.city(), session, file, new Ballots(6, 3, 0));
		assertThat(sessions.isFinal(file, LocalDate.of(2026, 12, 31))).as("not published").isFalse();

		// 2026-04-02 is a Thursday; 清明 closes 4–6 April, so the fifth working day is Thursday the 9th, not the 8th.
		clock.set(Instant.parse("2026-04-02T02:00:00Z"));
		assertThatThrownBy(() -> sessions.publish(files.city(), session, version(session), LocalDate.of(2026, 4, 1)))
			.hasMessage("committee.refused.notice-in-past");
		assertThat(post(files.city(), "/city/committee-sessions/" + session + "/publish",
				Map.of("version", String.valueOf(version(session)), "startsOn", "2026-04-02")))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select result_notice_ends_on from committee_session where id = ?",
				LocalDate.class, session)).isEqualTo(LocalDate.of(2026, 4, 9));
		assertThat(sessions.isFinal(file, LocalDate.of(2026, 4, 9))).isFalse();
		assertThat(sessions.isFinal(file, LocalDate.of(2026, 4, 10))).isTrue();
		assertThatThrownBy(() -> sessions.publish(files.city(), session, version(session), LocalDate.of(2026, 4, 3)))
			.hasMessage("committee.refused.published");
	}

	@Test
	void thePublicPageListsThePassedCandidatesWithoutPersonalNumbers() {
		PortalUser passing = files.applicant();
		long passed = files.inCommitteeReview(passing);
		long failed = files.inCommitteeReview(files.applicant());
		long session = session(9);
		votes.vote(files.city(), session, passed, new Ballots(8, 1, 0));
		votes.vote(files.city(), session, failed, new Ballots(4, 5, 0));
		clock.set(Instant.parse("2026-04-13T02:00:00Z"));
		assertThat(mvc.get().uri("/results/" + session)).as("not yet published").hasStatus(404);
		sessions.publish(files.city(), session, version(session), LocalDate.of(2026, 4, 13));

		Map<String, String> person = Map.of("id_number", numbers.idNumber(passing.id()), "mobile",
				numbers.mobile(passing.id()));
		for (String page : new String[] { "/results", "/results/" + session }) {
			assertThat(mvc.get().uri(page)).hasStatusOk()
				.bodyText()
				.contains(name(passed), "清远市清城区环境监测站", "生态环境监测", "工程师", CommitteeFiles.COMMITTEE, "公示中")
				.doesNotContain(name(failed), person.get("id_number"), person.get("mobile"));
		}
		clock.set(Instant.parse("2026-05-06T02:00:00Z"));
		assertThat(mvc.get().uri("/results/" + session)).hasStatusOk().bodyText().contains("已期满");
		clock.set(Instant.parse("2026-06-30T02:00:00Z"));
		assertThat(mvc.get().uri("/results/" + session)).as("ended more than 30 days ago").hasStatus(404);
		assertThat(mvc.get().uri("/results")).hasStatusOk().bodyText().doesNotContain(name(passed));
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	private long session(int present) {
		return sessions.create(files.city(), new NewSession(files.committee(CommitteeFiles.COMMITTEE), 2025,
				LocalDate.of(2026, 3, 20), present, present, "张主任"));
	}

	private long version(long session) {
		return jdbc.queryForObject("select version from committee_session where id = ?", Long.class, session);
	}

	private String name(long application) {
		return jdbc.queryForObject("select applicant_name from application where id = ?", String.class, application);
	}

	private int sessionsChairedBy(String chair) {
		return jdbc.queryForObject("select count(*) from committee_session where chair = ?", Integer.class, chair);
	}

	private Map<String, String> sessionForm(String chair, int total, int present) {
		return Map.of("committeeId", String.valueOf(files.committee(CommitteeFiles.COMMITTEE)), "reviewYear", "2025",
				"heldOn", "2026-03-20", "chair", chair, "membersTotal", String.valueOf(total), "membersPresent",
				String.valueOf(present));
	}

	private MvcTestResult get(PortalUser who, String uri) {
		return mvc.get().uri(uri).with(user(who)).exchange();
	}

	private MvcTestResult post(PortalUser who, String uri, Map<String, String> form) {
		var request = mvc.post().uri(uri).with(user(who)).with(csrf());
		form.forEach(request::param);
		return request.exchange();
	}

}
