package cn.zhicheng.portal.application.reminder;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.Filers;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReturnReasonInput;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The applicant hears of every status change they did not make (issue #6 part 7): not of their own submit, but of
 * the unit's return, in the inbox with the action, the new status and the reason, and by SMS with neither the reason
 * nor their numbers. The unit's officers still hear of the submission.
 */
@PortalTest
class StatusChangeNoticesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

	@Autowired
	PersonalRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	Filers filers;

	ReminderFixtures fixtures;

	/**
	 * Early in the 2025年度 intake window (2026-01-05 to 2026-03-31): messages to the shared demo officer then sort
	 * before those of tests that file later in the window.
	 */
	@BeforeEach
	void filers() {
		clock.set(Instant.parse("2026-01-06T02:00:00Z"));
		filers = new Filers(accounts, users, records, jdbc);
		fixtures = new ReminderFixtures(accounts, jdbc);
	}

	@Test
	void theApplicantIsToldOfTheUnitsReturnButNotOfTheirOwnSubmit() {
		PortalUser applicant = filers.completeApplicant("notice");
		String mobile = numbers.mobile(applicant.id());
		String idNumber = numbers.idNumber(applicant.id());
		long id = submitted(applicant);
		String number = jdbc.queryForObject("select number from application where id = ?", String.class, id);
		PortalUser officer = (PortalUser) users.loadUserByUsername("demo-unit");
		assertThat(fixtures.inApp(officer.id())).anyMatch(text -> text.contains(number) && text.contains("提交了职称申报"));
		assertThat(fixtures.inApp(applicant.id())).as("their own submit").noneMatch(text -> text.contains(number));
		assertThat(fixtures.sms(mobile)).isEmpty();

		reviews.returnToApplicant(officer, id, null,
				List.of(new ReturnReasonInput(FilingStep.APPRAISAL, "缺少考核表")), null);

		assertThat(fixtures.inApp(applicant.id())).singleElement()
			.satisfies(text -> assertThat(text).contains(number, "退回申请人", "已退回，待修改", "缺少考核表"));
		assertThat(fixtures.sms(mobile)).singleElement()
			.satisfies(text -> assertThat(text).contains(number, "退回申请人", "已退回，待修改")
				.doesNotContain("缺少考核表", mobile, idNumber));
		assertThat(numbers.smsStatuses(mobile)).as("waits in the outbox for the dispatcher").singleElement()
			.isIn("PENDING", "SENT");
	}

	// --- filing, as ApplicationFilingTests does it -------------------------------------------------------------

	private long submitted(PortalUser applicant) {
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2025);
		String base = "/applicant/applications/" + id + "/steps/";
		assertThat(post(applicant, base + "unit", Map.of("version", version(id), "next", "1")))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "personal", withNext(Map.of("version", version(id), "workStartedOn",
				"2012-07-15", "currentSpecialty", "环境监测", "titleName", "助理工程师", "titleLevel", "ASSISTANT",
				"titleObtainedBy", "EVALUATION", "titleObtainedOn", "2021-03-10", "titleEvaluationYear", "2020"))))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "education", Map.of("version", version(id), "chosen",
				ids(applicant, "education_record"), "chosenWork", ids(applicant, "work_record"), "next", "1")))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "training",
				Map.of("version", version(id), "chosen", ids(applicant, "training_record"), "next", "1")))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "before", Map.of("version", version(id), "skip", "1")))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "achievements", Map.of("version", version(id), "chosen",
				ids(applicant, "achievement_record"), "summary", "负责自动站运维。", "next", "1")))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "appraisal",
				Map.of("version", version(id), "chosen", ids(applicant, "appraisal_record"), "next", "1")))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "declaration", withNext(Map.of("version", version(id), "seriesId",
				String.valueOf(filers.series()), "specialtyId", String.valueOf(filers.specialty("生态环境监测")),
				"targetLevel", "INTERMEDIATE", "route", "NORMAL", "committeeId",
				String.valueOf(filers.committee("清远市工程系列生态环境专业中级职称评审委员会"))))))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, base + "submit", Map.of("version", version(id), "confirmed", "1")))
			.hasStatus3xxRedirection();
		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
		return id;
	}

	private static Map<String, String> withNext(Map<String, String> form) {
		Map<String, String> next = new HashMap<>(form);
		next.put("next", "1");
		return next;
	}

	private String ids(PortalUser applicant, String table) {
		return String.join(",", jdbc.queryForList("select id::text from " + table + " where owner_id = ?",
				String.class, applicant.id()));
	}

	private String version(long id) {
		return String.valueOf(jdbc.queryForObject("select version from application where id = ?", Long.class, id));
	}

	private MvcTestResult post(PortalUser as, String uri, Map<String, String> params) {
		MockMvcRequestBuilder request = mvc.post().uri(uri).with(user(as)).with(csrf());
		params.forEach((name, value) -> {
			for (String part : name.startsWith("chosen") ? value.split(",") : new String[] { value }) {
				request.param(name, part);
			}
		});
		return request.exchange();
	}

}
