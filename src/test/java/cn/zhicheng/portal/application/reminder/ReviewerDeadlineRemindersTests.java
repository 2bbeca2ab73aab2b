package cn.zhicheng.portal.application.reminder;

import java.time.Instant;
import java.time.LocalDate;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.reminder.ReminderFixtures.File;
import cn.zhicheng.portal.application.reminder.ReminderFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewers hear of a committee deadline exactly 7 and 3 working days ahead, counted over (today, deadline]. On Wed
 * 2026-04-01 清明 (Sat 4/4 – Mon 4/6) lies ahead: 4/7 is the 3rd working day and 4/13 the 7th, while weekdays alone
 * would make 4/7 the 4th and 4/10 the 7th.
 */
@PortalTest
class ReviewerDeadlineRemindersTests {

	private static final LocalDate WEDNESDAY_BEFORE_QINGMING = LocalDate.of(2026, 4, 1);

	private static final Instant IN_REVIEW_SINCE = Instant.parse("2026-03-20T02:00:00Z");

	@Autowired
	ReviewerDeadlineReminders reminders;

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
	void cityReviewersAreRemindedOnTheSeventhAndThirdWorkingDayAcrossAHoliday() {
		long city = fixtures.cityOfQingyuan();
		Person reviewer = fixtures.account("cityrev", Role.CITY_REVIEWER, city);
		Person disabled = fixtures.account("cityoff", Role.CITY_REVIEWER, city);
		jdbc.update("update user_account set enabled = false where id = ?", disabled.id());
		File seventh = cityFile(city, LocalDate.of(2026, 4, 13));
		File sixth = cityFile(city, LocalDate.of(2026, 4, 10));
		File weekendAfterSixth = cityFile(city, LocalDate.of(2026, 4, 12));
		File third = cityFile(city, LocalDate.of(2026, 4, 7));
		File fourth = cityFile(city, LocalDate.of(2026, 4, 8));
		File holiday = cityFile(city, LocalDate.of(2026, 4, 6));

		reminders.remind(WEDNESDAY_BEFORE_QINGMING);

		assertThat(String.join("\n", fixtures.inApp(reviewer.id()))).contains(seventh.number(), third.number())
			.contains("2026-04-13", "还剩 7 个工作日", "2026-04-07", "还剩 3 个工作日")
			.doesNotContain(sixth.number(), weekendAfterSixth.number(), fourth.number(), holiday.number());
		assertThat(fixtures.inApp(disabled.id())).isEmpty();
	}

	@Test
	void countyReviewersAreRemindedOfFilesInCountyReview() {
		long county = fixtures.qingcheng();
		Person reviewer = fixtures.account("countyrev", Role.COUNTY_REVIEWER, county);
		Person applicant = fixtures.account("countyapp", Role.APPLICANT, null);
		File atCounty = fixtures.file(applicant.id(), ApplicationStatus.COUNTY_REVIEW, fixtures.cityOfQingyuan(),
				county, LocalDate.of(2026, 4, 13), null, IN_REVIEW_SINCE);
		Person other = fixtures.account("countyapp", Role.APPLICANT, null);
		File alreadyAtCity = fixtures.file(other.id(), ApplicationStatus.CITY_REVIEW, fixtures.cityOfQingyuan(), county,
				LocalDate.of(2026, 4, 13), null, IN_REVIEW_SINCE);

		reminders.remind(WEDNESDAY_BEFORE_QINGMING);

		assertThat(String.join("\n", fixtures.inApp(reviewer.id()))).contains(atCounty.number())
			.doesNotContain(alreadyAtCity.number());
	}

	@Test
	void runningTheJobTwiceOnADaySendsOnce() {
		long city = fixtures.cityOfQingyuan();
		Person reviewer = fixtures.account("twice", Role.CITY_REVIEWER, city);
		File file = cityFile(city, LocalDate.of(2026, 4, 13));

		reminders.remind(WEDNESDAY_BEFORE_QINGMING);
		reminders.remind(WEDNESDAY_BEFORE_QINGMING);

		assertThat(fixtures.inApp(reviewer.id())).filteredOn(text -> text.contains(file.number())).hasSize(1);
	}

	@Test
	void noRemindersOnAHolidayNorWhenTheCalendarIsNotLoaded() {
		long city = fixtures.cityOfQingyuan();
		Person reviewer = fixtures.account("holiday", Role.CITY_REVIEWER, city);
		cityFile(city, LocalDate.of(2026, 4, 14));

		assertThat(reminders.remind(LocalDate.of(2026, 4, 5))).isZero();
		assertThat(reminders.remind(LocalDate.of(2026, 12, 28))).as("2027 is not loaded").isZero();
		assertThat(fixtures.inApp(reviewer.id())).isEmpty();
	}

	private File cityFile(long city, LocalDate deadline) {
		Person applicant = fixtures.account("deadline", Role.APPLICANT, null);
		return fixtures.file(applicant.id(), ApplicationStatus.CITY_REVIEW, city, null, deadline, null,
				IN_REVIEW_SINCE);
	}

}
