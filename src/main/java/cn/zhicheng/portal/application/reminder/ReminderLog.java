package cn.zhicheng.portal.application.reminder;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which reminders went out (table {@code reminder_sent}): at most one of a kind per file and day, whatever runs the
 * job twice. Written in the transaction that sends, so a reminder that rolls back may go out again.
 */
@Component
class ReminderLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the reminder; false when this file already had one of this kind today. */
	boolean firstToday(long applicationId, String kind, LocalDate today) {
		return jdbc.sql("""
				insert into reminder_sent (application_id, kind, sent_on, sent_at)
				values (:application, :kind, :today, :now)
				on conflict do nothing""")
			.param("application", applicationId)
			.param("kind", kind)
			.param("today", today)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update() == 1;
	}

}
