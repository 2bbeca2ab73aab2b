package cn.zhicheng.portal.application.reminder;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out ({@code portal.reminders.*}, issue #6 part 7): reviewers when a file's committee deadline is
 * {@code reviewerWorkingDays} working days ahead (7 and 3); applicants when their amendment deadline is
 * {@code amendmentWorkingDays} ahead (3), or daily once a return without a deadline has gone unanswered for more than
 * {@code unansweredWorkingDays} (5). {@code cron} runs the reminders, {@code expiryCron} the amendment expiry, both
 * in {@code portal.time-zone}.
 */
@ConfigurationProperties("portal.reminders")
record ReminderPolicy(@DefaultValue({ "7", "3" }) List<Integer> reviewerWorkingDays,
		@DefaultValue("3") int amendmentWorkingDays, @DefaultValue("5") int unansweredWorkingDays,
		@DefaultValue("0 0 8 * * *") String cron, @DefaultValue("0 30 0 * * *") String expiryCron) {

	ReminderPolicy {
		reviewerWorkingDays = List.copyOf(reviewerWorkingDays);
		if (reviewerWorkingDays.stream().anyMatch(days -> days < 1) || amendmentWorkingDays < 1
				|| unansweredWorkingDays < 1) {
			throw new IllegalArgumentException("portal.reminders: working days must be at least 1");
		}
	}

}
