package cn.zhicheng.portal.application.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.reminder.ReminderFixtures.File;
import cn.zhicheng.portal.application.reminder.ReminderFixtures.Person;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled entry points: the amendment expiry withdraws returns past their deadline and tells the applicant;
 * the job runs only while it holds its row in the {@code shedlock} table, so of two instances running it at once one
 * does the work.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class ReminderJobsTests {

	@Autowired
	ReminderJobs jobs;

	@Autowired
	LockProvider locks;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	ReminderFixtures fixtures;

	private Instant clockBefore;

	@BeforeEach
	void fixtures() {
		fixtures = new ReminderFixtures(accounts, jdbc);
		clockBefore = clock.instant();
		clock.set(Instant.parse("2026-04-09T02:00:00Z"));
	}

	@AfterEach
	void restoreClock() {
		clock.set(clockBefore);
	}

	@Test
	void aLockedJobRunsOnceAndTheExpiryWithdrawsTheReturnAndTellsTheApplicant(CapturedOutput output)
			throws Exception {
		Person applicant = fixtures.account("expire", Role.APPLICANT, null);
		File expired = fixtures.file(applicant.id(), ApplicationStatus.RETURNED, null, null, null,
				LocalDate.of(2026, 4, 8), Instant.parse("2026-03-30T02:00:00Z"));
		Person other = fixtures.account("expire", Role.APPLICANT, null);
		File stillOpen = fixtures.file(other.id(), ApplicationStatus.RETURNED, null, null, null,
				LocalDate.of(2026, 4, 9), Instant.parse("2026-03-30T02:00:00Z"));

		// Another instance holds the job's lock: this one skips the run.
		SimpleLock held = locks
			.lock(new LockConfiguration(ClockProvider.now(), ReminderJobs.EXPIRY_LOCK, Duration.ofMinutes(5),
					Duration.ZERO))
			.orElseThrow();
		assertThat(jdbc.queryForObject(
				"select count(*) from shedlock where name = ? and lock_until > timezone('utc', now())", Long.class,
				ReminderJobs.EXPIRY_LOCK))
			.isEqualTo(1);
		jobs.expireAmendments();
		assertThat(fixtures.status(expired.id())).isEqualTo("RETURNED");
		held.unlock();

		// Two instances fire at once: one runs.
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> runs = List.of(1, 2).stream().map(i -> CompletableFuture.runAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			jobs.expireAmendments();
		})).toList();
		start.countDown();
		CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

		assertThat(output.getAll().split("Amendment expiry for 2026-04-09", -1)).hasSize(2);
		assertThat(fixtures.status(expired.id())).isEqualTo("WITHDRAWN");
		assertThat(fixtures.status(stillOpen.id())).as("due today: not yet").isEqualTo("RETURNED");
		assertThat(jdbc.queryForObject("""
				select action from application_history where application_id = ? order by id desc limit 1""",
				String.class, expired.id())).isEqualTo("EXPIRE_AMENDMENT");
		assertThat(String.join("\n", fixtures.inApp(applicant.id()))).contains(expired.number(), "补正期限已过",
				"已撤回");
		assertThat(fixtures.sms(applicant.mobile())).singleElement()
			.satisfies(text -> assertThat(text).contains(expired.number()).doesNotContain(applicant.mobile()));
	}

}
