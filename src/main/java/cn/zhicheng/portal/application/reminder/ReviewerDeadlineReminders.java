package cn.zhicheng.portal.application.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.calendar.YearNotLoadedException;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds reviewers before a committee's intake deadline (issue #6 part 7; DOMAIN.md §7.2: the deadline is per
 * committee and 评审年度): every enabled city reviewer of a file in city review, and every enabled county reviewer of
 * a file in county review, when its deadline is 7 or 3 working days ahead ({@link DueWindow}). Runs on working days
 * only: on a weekend or holiday the windows are those of the working day before, already reminded.
 */
@Component
class ReviewerDeadlineReminders {

	static final String KIND = "REVIEW_DEADLINE";

	private static final Logger log = LoggerFactory.getLogger(ReviewerDeadlineReminders.class);

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Accounts accounts;

	private final NotificationSender sender;

	private final ReminderLog sent;

	private final ReminderPolicy policy;

	private final MessageSource messages;

	ReviewerDeadlineReminders(JdbcClient jdbc, WorkingCalendar calendar, Accounts accounts, NotificationSender sender,
			ReminderLog sent, ReminderPolicy policy, MessageSource messages) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.accounts = accounts;
		this.sender = sender;
		this.sent = sent;
		this.policy = policy;
		this.messages = messages;
	}

	/** Sends the day's reminders; answers how many messages went out. */
	@Transactional
	public int remind(LocalDate today) {
		int messagesSent = 0;
		try {
			if (!calendar.isWorkingDay(today)) {
				return 0;
			}
			for (int days : policy.reviewerWorkingDays()) {
				DueWindow window = DueWindow.ahead(calendar, today, days);
				messagesSent += remind(ApplicationStatus.CITY_REVIEW, Role.CITY_REVIEWER, window, days, today);
				messagesSent += remind(ApplicationStatus.COUNTY_REVIEW, Role.COUNTY_REVIEWER, window, days, today);
			}
		}
		catch (YearNotLoadedException notLoaded) {
			log.warn("Reviewer reminders for {} skipped: the working calendar of {} is not loaded", today,
					notLoaded.year());
		}
		return messagesSent;
	}

	/** Served by application_review_deadline_idx (V21). */
	private int remind(ApplicationStatus status, Role role, DueWindow window, int days, LocalDate today) {
		String region = status == ApplicationStatus.CITY_REVIEW ? "city_id" : "county_id";
		List<DueFile> due = jdbc.sql("""
				select id, number, applicant_name, committee_deadline, %s as region_id from application
				where status = :status and committee_deadline >= :from and committee_deadline < :until
				  and %s is not null
				order by committee_deadline, id""".formatted(region, region))
			.param("status", status.name())
			.param("from", window.from())
			.param("until", window.until())
			.query(DueFile.class)
			.list();
		int messagesSent = 0;
		for (DueFile file : due) {
			if (!sent.firstToday(file.id(), KIND, today)) {
				continue;
			}
			String text = messages.getMessage("notification.reminder.reviewer-deadline",
					new Object[] { file.applicantName() == null ? "" : file.applicantName(), file.number(),
							file.committeeDeadline().toString(), String.valueOf(days) },
					Locale.SIMPLIFIED_CHINESE);
			for (var reviewer : accounts.serving(role, file.regionId())) {
				sender.send(Notification.inApp(reviewer.id(), Purpose.REMINDER, text));
				messagesSent++;
			}
		}
		return messagesSent;
	}

	record DueFile(long id, String number, @Nullable String applicantName, LocalDate committeeDeadline,
			long regionId) {
	}

}
