package cn.zhicheng.portal.application.reminder;

import java.time.Clock;
import java.time.LocalDate;

import cn.zhicheng.portal.application.domain.ReviewService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled entry points, each locked in the database ({@code shedlock}) so it runs once however many instances
 * run; held at least a minute, so an instance whose trigger fires a moment late does not run the day's job again.
 * The work is in plain methods taking the day, which tests call directly.
 */
@Component
class ReminderJobs {

	static final String REVIEWER_LOCK = "application-reviewer-reminders";

	static final String RETURN_LOCK = "application-return-reminders";

	static final String EXPIRY_LOCK = "application-amendment-expiry";

	private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

	private final ReviewerDeadlineReminders reviewers;

	private final ReturnReminders returns;

	private final ReviewService reviews;

	private final Clock clock;

	ReminderJobs(ReviewerDeadlineReminders reviewers, ReturnReminders returns, ReviewService reviews, Clock clock) {
		this.reviewers = reviewers;
		this.returns = returns;
		this.reviews = reviews;
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.reminders.cron:0 0 8 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = REVIEWER_LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void remindReviewers() {
		LocalDate today = LocalDate.now(clock);
		log.info("Reviewer reminders for {}: {} messages", today, reviewers.remind(today));
	}

	@Scheduled(cron = "${portal.reminders.cron:0 0 8 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = RETURN_LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void remindApplicants() {
		LocalDate today = LocalDate.now(clock);
		log.info("Return reminders for {}: {} files", today, returns.remind(today));
	}

	/** 补正 not made by the deadline: the return counts as withdrawn (DOMAIN.md §7.1, 视为放弃). */
	@Scheduled(cron = "${portal.reminders.expiry-cron:0 30 0 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = EXPIRY_LOCK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void expireAmendments() {
		LocalDate today = LocalDate.now(clock);
		log.info("Amendment expiry for {}: {} returns withdrawn", today, reviews.expireAmendments(today));
	}

}
