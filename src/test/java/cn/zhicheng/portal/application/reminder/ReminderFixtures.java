package cn.zhicheng.portal.application.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh accounts and files for reminder tests. The jobs read the application table by status and date only, so a
 * file in a review stage is written as a row with the jurisdiction columns the review chain copies onto it (V17).
 */
final class ReminderFixtures {

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	ReminderFixtures(Accounts accounts, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	record Person(long id, String mobile) {
	}

	record File(long id, String number) {
	}

	Person account(String prefix, Role role, @Nullable Long regionId) {
		int n = People.next();
		String username = People.username(prefix, n);
		accounts.createIfAbsent(new NewAccount(username, "Remind#2026", "提醒" + n, role, null, regionId,
				People.mobile(n)));
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
		return new Person(id, People.mobile(n));
	}

	long region(String code) {
		return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
	}

	long cityOfQingyuan() {
		return region("441800");
	}

	long qingcheng() {
		return region("441802");
	}

	File file(long applicantId, ApplicationStatus status, @Nullable Long cityId, @Nullable Long countyId,
			@Nullable LocalDate committeeDeadline, @Nullable LocalDate amendmentDueOn, Instant statusChangedAt) {
		String number = "RM" + System.nanoTime() % 1_000_000_000_000L;
		jdbc.update("""
				insert into application (number, applicant_id, type, review_year, status, city_id, county_id,
				    committee_deadline, amendment_due_on, applicant_name, status_changed_at, created_at, updated_at)
				values (?, ?, 'EVALUATION', 2025, ?, ?, ?, ?, ?, '提醒测试人', ?, ?, ?)""", number, applicantId,
				status.name(), cityId, countyId, date(committeeDeadline), date(amendmentDueOn),
				Timestamp.from(statusChangedAt), Timestamp.from(statusChangedAt), Timestamp.from(statusChangedAt));
		long id = jdbc.queryForObject("select id from application where number = ?", Long.class, number);
		return new File(id, number);
	}

	/** The texts of the in-app messages an account received, oldest first. */
	List<String> inApp(long accountId) {
		return jdbc.queryForList("""
				select text from notification_record where channel = 'IN_APP' and recipient_account_id = ?
				order by id""", String.class, accountId);
	}

	/** The texts of the SMS sent to a mobile, oldest first. */
	List<String> sms(String mobile) {
		return PersonalNumbers.using(jdbc).smsTexts(mobile);
	}

	String status(long applicationId) {
		return jdbc.queryForObject("select status from application where id = ?", String.class, applicationId);
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}
