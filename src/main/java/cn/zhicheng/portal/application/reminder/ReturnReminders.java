package cn.zhicheng.portal.application.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.calendar.YearNotLoadedException;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds applicants of a return they have not answered (issue #6 part 7; DOMAIN.md §7.1: an amendment not made by
 * the deadline counts as withdrawn), in the inbox and by SMS, at most once a day per file: when the amendment
 * deadline is 3 working days ahead ({@link DueWindow}), and, for a return without a deadline, on every working day
 * once more than 5 working days have passed since the return (the return day excluded).
 */
@Component
class ReturnReminders {

	static final String AMENDMENT_DUE = "AMENDMENT_DUE";

	static final String UNANSWERED = "RETURN_UNANSWERED";

	private static final Logger log = LoggerFactory.getLogger(ReturnReminders.class);

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Persons persons;

	private final NotificationSender sender;

	private final ReminderLog sent;

	private final ReminderPolicy policy;

	private final MessageSource messages;

	private final Clock clock;

	ReturnReminders(JdbcClient jdbc, WorkingCalendar calendar, Persons persons, NotificationSender sender,
			ReminderLog sent, ReminderPolicy policy, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.persons = persons;
		this.sender = sender;
		this.sent = sent;
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	/** Sends the day's reminders; answers to how many files. */
	@Transactional
	public int remind(LocalDate today) {
		try {
			if (!calendar.isWorkingDay(today)) {
				return 0;
			}
			return amendmentDue(today) + unanswered(today);
		}
		catch (YearNotLoadedException notLoaded) {
			log.warn("Return reminders for {} skipped: the working calendar of {} is not loaded", today,
					notLoaded.year());
			return 0;
		}
	}

	/** Served by application_amendment_due_idx (V17). */
	private int amendmentDue(LocalDate today) {
		DueWindow window = DueWindow.ahead(calendar, today, policy.amendmentWorkingDays());
		List<Returned> due = jdbc.sql("""
				select id, number, applicant_id, amendment_due_on as day from application
				where status = 'RETURNED' and amendment_due_on >= :from and amendment_due_on < :until
				order by id""")
			.param("from", window.from())
			.param("until", window.until())
			.query(Returned.class)
			.list();
		String days = String.valueOf(policy.amendmentWorkingDays());
		return remind(due, AMENDMENT_DUE, today, file -> new String[] {
				text("notification.reminder.amendment-due", file.number(), file.day().toString(), days),
				text("notification.reminder.amendment-due.sms", file.number(), file.day().toString()) });
	}

	/** Served by application_returned_unanswered_idx (V21). */
	private int unanswered(LocalDate today) {
		Instant returnedBefore = workingDaysBack(today, policy.unansweredWorkingDays() + 1)
			.atStartOfDay(clock.getZone())
			.toInstant();
		List<Returned> due = jdbc.sql("""
				select id, number, applicant_id, cast(status_changed_at at time zone :zone as date) as day
				from application
				where status = 'RETURNED' and amendment_due_on is null and status_changed_at < :before
				order by id""")
			.param("zone", clock.getZone().getId())
			.param("before", java.sql.Timestamp.from(returnedBefore))
			.query(Returned.class)
			.list();
		return remind(due, UNANSWERED, today, file -> new String[] {
				text("notification.reminder.unanswered", file.number(), file.day().toString()),
				text("notification.reminder.unanswered.sms", file.number(), file.day().toString()) });
	}

	private int remind(List<Returned> files, String kind, LocalDate today,
			java.util.function.Function<Returned, String[]> texts) {
		int reminded = 0;
		for (Returned file : files) {
			if (!sent.firstToday(file.id(), kind, today)) {
				continue;
			}
			String[] text = texts.apply(file);
			sender.send(Notification.inApp(file.applicantId(), Purpose.REMINDER, text[0]));
			persons.find(file.applicantId())
				.map(PersonView::mobile)
				.filter(mobile -> !mobile.isBlank())
				.ifPresent(mobile -> sender.send(Notification.sms(mobile, Purpose.REMINDER, text[1])));
			reminded++;
		}
		return reminded;
	}

	/**
	 * The {@code n}-th working day counting back from {@code today}, today included when it is one: a file returned
	 * before that day has had more than {@code n - 1} working days since.
	 */
	private LocalDate workingDaysBack(LocalDate today, int n) {
		LocalDate day = today;
		int found = 0;
		while (true) {
			if (calendar.isWorkingDay(day) && ++found == n) {
				return day;
			}
			day = day.minusDays(1);
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

	record Returned(long id, String number, long applicantId, LocalDate day) {
	}

}
