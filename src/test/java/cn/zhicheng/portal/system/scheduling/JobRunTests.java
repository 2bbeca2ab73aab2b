package cn.zhicheng.portal.system.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cron job runs once per slot however many callers fire for it (each instance's scheduler is one), records who ran
 * it and how it ended in job_run, and a failed run is not repeated within its slot. Jobs here are advised by the
 * portal's own advisor, as the scheduled beans are.
 */
@PortalTest
class JobRunTests {

	@Autowired
	JobSlotAdvisor advisor;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	private Instant clockBefore;

	@BeforeEach
	void atFiveInTheMorning() {
		clockBefore = clock.instant();
		clock.set(Instant.parse("2026-11-22T21:00:30Z"));
	}

	@AfterEach
	void restoreClock() {
		clock.set(clockBefore);
	}

	@Test
	void aSlotFiredByManyRunsOnceAndTheNextSlotRunsAgain() throws Exception {
		CountingJob job = advised(new CountingJob());
		CountDownLatch fire = new CountDownLatch(1);
		List<CompletableFuture<Void>> instances = List.of(1, 2, 3, 4).stream()
			.map(i -> CompletableFuture.runAsync(() -> {
				await(fire);
				job.fiveOClock();
			}))
			.toList();
		fire.countDown();
		CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get();
		job.fiveOClock();
		assertThat(job.runs()).isEqualTo(1);
		Map<String, Object> run = jdbc.queryForMap(
				"select slot, instance, outcome, finished_at from job_run where job_name = 'CountingJob.fiveOClock'");
		assertThat(((java.sql.Timestamp) run.get("slot")).toInstant()).isEqualTo(Instant.parse("2026-11-22T21:00:00Z"));
		assertThat(run.get("outcome")).isEqualTo("SUCCEEDED");
		assertThat((String) run.get("instance")).contains("/" + ProcessHandle.current().pid());
		assertThat(run.get("finished_at")).isNotNull();

		clock.advance(Duration.ofDays(1));
		job.fiveOClock();
		assertThat(job.runs()).isEqualTo(2);
	}

	@Test
	void aFailedRunIsRecordedWithItsFailureAndNotRepeatedInItsSlot() {
		FailingJob job = advised(new FailingJob());
		assertThatThrownBy(job::fiveOClock).isInstanceOf(IllegalStateException.class);
		job.fiveOClock();
		assertThat(job.runs()).isEqualTo(1);
		assertThat(jdbc.queryForMap("select outcome, error from job_run where job_name = 'FailingJob.fiveOClock'"))
			.containsEntry("outcome", "FAILED")
			.containsEntry("error", "java.lang.IllegalStateException");
	}

	@Test
	void aJobOnAFixedDelayHasNoSlotAndRunsEachTime() {
		CountingJob job = advised(new CountingJob());
		job.everyFewMinutes();
		job.everyFewMinutes();
		assertThat(job.runs()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from job_run where job_name like 'CountingJob.every%'",
				Integer.class)).isZero();
	}

	@SuppressWarnings("unchecked")
	private <T> T advised(T job) {
		ProxyFactory proxies = new ProxyFactory(job);
		proxies.setProxyTargetClass(true);
		proxies.addAdvisor(advisor);
		return (T) proxies.getProxy();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static class CountingJob {

		private final AtomicInteger runs = new AtomicInteger();

		/** Through the proxy to the job (a proxy's own fields are empty). */
		public int runs() {
			return runs.get();
		}

		@Scheduled(cron = "0 0 5 * * *", zone = "Asia/Shanghai")
		public void fiveOClock() {
			runs.incrementAndGet();
		}

		@Scheduled(fixedDelay = 60_000)
		public void everyFewMinutes() {
			runs.incrementAndGet();
		}

	}

	static class FailingJob {

		private final AtomicInteger runs = new AtomicInteger();

		/** Through the proxy to the job (a proxy's own fields are empty). */
		public int runs() {
			return runs.get();
		}

		@Scheduled(cron = "0 0 5 * * *", zone = "Asia/Shanghai")
		public void fiveOClock() {
			runs.incrementAndGet();
			throw new IllegalStateException("the job failed");
		}

	}

}
