package cn.zhicheng.portal.application.reminder;

import java.time.Instant;
import java.time.LocalDate;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.reminder.ReminderFixtures.File;
import cn.zhicheng.portal.application.reminder.ReminderFixtures.Person;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applicants with an unanswered return hear of it in the inbox and by SMS, once a day per file: 3 working days
 * before the amendment deadline, and for a return without one once more than 5 working days have passed. On Thu
 * 2026-04-09 清明 (4/4–4/6) lies behind: a file returned on 3/31 has had 6 working days, one returned on 4/1 only 5
 * (weekdays alone would say 6).
 */
@PortalTest
class ReturnRemindersTests {

	private static final LocalDate THURSDAY_AFTER_QINGMING = LocalDate.of(2026, 4, 9);

	@Autowired
	ReturnReminders reminders;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	ReminderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReminderFixtures(accounts, jdbc);
	}

	@Test
	void anApplicantIsRemindedThreeWorkingDaysBeforeTheAmendmentDeadline() {
		Person dueInThree = fixtures.account("due3", Role.APPLICANT, null);
		File reminded = returned(dueInThree, LocalDate.of(2026, 4, 14), "2026-04-08T02:00:00Z");
		Person dueInFour = fixtures.account("due4", Role.APPLICANT, null);
		File notYet = returned(dueInFour, LocalDate.of(2026, 4, 15), "2026-04-08T02:00:00Z");
		Person dueInTwo = fixtures.account("due2", Role.APPLICANT, null);
		File tooLate = returned(dueInTwo, LocalDate.of(2026, 4, 13), "2026-04-08T02:00:00Z");

		reminders.remind(THURSDAY_AFTER_QINGMING);

		assertThat(fixtures.inApp(dueInThree.id())).singleElement()
			.satisfies(text -> assertThat(text).contains(reminded.number(), "2026-04-14", "还剩 3 个工作日"));
		assertThat(fixtures.sms(dueInThree.mobile())).singleElement()
			.satisfies(text -> assertThat(text).contains(reminded.number(), "2026-04-14")
				.doesNotContain(dueInThree.mobile()));
		assertThat(fixtures.inApp(dueInFour.id())).noneMatch(text -> text.contains(notYet.number()));
		assertThat(fixtures.inApp(dueInTwo.id())).noneMatch(text -> text.contains(tooLate.number()));
	}

	@Test
	void aReturnWithoutDeadlineUnansweredForMoreThanFiveWorkingDaysIsReminded() {
		Person sixDays = fixtures.account("six", Role.APPLICANT, null);
		File reminded = returned(sixDays, null, "2026-03-31T06:00:00Z");
		Person fiveDays = fixtures.account("five", Role.APPLICANT, null);
		returned(fiveDays, null, "2026-04-01T06:00:00Z");

		reminders.remind(THURSDAY_AFTER_QINGMING);

		assertThat(fixtures.inApp(sixDays.id())).singleElement()
			.satisfies(text -> assertThat(text).contains(reminded.number(), "2026-03-31", "尚未重新提交"));
		assertThat(fixtures.sms(sixDays.mobile())).hasSize(1);
		assertThat(fixtures.inApp(fiveDays.id())).isEmpty();
		assertThat(fixtures.sms(fiveDays.mobile())).isEmpty();
	}

	@Test
	void atMostOneReminderADayPerFile() {
		Person applicant = fixtures.account("once", Role.APPLICANT, null);
		returned(applicant, null, "2026-03-20T06:00:00Z");

		reminders.remind(THURSDAY_AFTER_QINGMING);
		reminders.remind(THURSDAY_AFTER_QINGMING);
		assertThat(fixtures.inApp(applicant.id())).hasSize(1);
		assertThat(fixtures.sms(applicant.mobile())).hasSize(1);

		reminders.remind(THURSDAY_AFTER_QINGMING.plusDays(1));
		assertThat(fixtures.inApp(applicant.id())).as("the next working day, again").hasSize(2);
	}

	private File returned(Person applicant, @Nullable LocalDate amendmentDueOn, String returnedAt) {
		return fixtures.file(applicant.id(), ApplicationStatus.RETURNED, null, null, null, amendmentDueOn,
				Instant.parse(returnedAt));
	}

}
