package cn.zhicheng.portal.system.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

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
				"select slot, instance, outcome, finished_at from job_run where job_name = 'CountingJob.fiveOClock' "
						+ "and slot = '2026-11-22T21:00:00Z'");
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
		assertThat(jdbc.queryForMap("select outcome, error from job_run where job_name = 'FailingJob.fiveOClock' "
				+ "and slot = '2026-11-22T21:00:00Z'"))
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

	@Test
	void theAdministratorsPageListsTheRunsNewestFirstWithTheirOutcome() throws Exception {
		clock.set(Instant.parse("2026-11-24T21:00:30Z"));
		FailingJob failing = advised(new FailingJob());
		assertThatThrownBy(failing::fiveOClock).isInstanceOf(IllegalStateException.class);
		clock.advance(Duration.ofMinutes(1));
		CountingJob counting = advised(new CountingJob());
		counting.fiveOClock();

		Document page = Jsoup.parse(mvc.get().uri("/admin/jobs").with(user(users.loadUserByUsername("demo-admin")))
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<String> rows = page.select("tbody tr").eachText();
		int failed = indexOf(rows, "FailingJob.fiveOClock");
		int succeeded = indexOf(rows, "CountingJob.fiveOClock");
		assertThat(succeeded).as("newest first").isLessThan(failed);
		assertThat(rows.get(failed)).contains("失败", "java.lang.IllegalStateException", "2026-11-25 05:00:00");
		assertThat(rows.get(succeeded)).contains("成功", "/" + ProcessHandle.current().pid());

		long counted = jdbc.queryForObject("select started_at from job_run where job_name = ? and slot = ?",
				java.sql.Timestamp.class, "CountingJob.fiveOClock",
				java.sql.Timestamp.from(Instant.parse("2026-11-24T21:00:00Z"))).getTime();
		Document older = Jsoup.parse(mvc.get().uri("/admin/jobs").param("before", String.valueOf(counted))
			.with(user(users.loadUserByUsername("demo-admin"))).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(older.select("tbody tr").eachText()).noneMatch(row -> row.contains("CountingJob.fiveOClock 2026-11-25 05:00:00"))
			.anyMatch(row -> row.contains("FailingJob.fiveOClock") && row.contains("2026-11-25 05:00:00"));
	}

	private static int indexOf(List<String> rows, String job) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).contains(job)) {
				return i;
			}
		}
		throw new AssertionError(job + " not listed in " + rows);
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
