package cn.zhicheng.portal.application.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Background exports (issue #8: "run in the background with a download when ready"): a queue export started from the
 * queue page's button is written by a job, reports progress, downloads the same rows as the streamed export; only its
 * owner sees or downloads it; the per-user limit, failures, chunked storage and the clean-up.
 */
@PortalTest
class ExportJobsTests {

	private static final Pattern STARTED = Pattern.compile("/city/exports\\?started=(\\d+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	@Autowired
	ExportJobs jobs;

	@Autowired
	ExportCleanup cleanup;

	PortalUser city;

	PortalUser county;

	@BeforeEach
	void rows() {
		clock.set(Instant.parse("2026-02-10T02:00:00Z"));
		city = (PortalUser) users.loadUserByUsername("demo-city");
		county = (PortalUser) users.loadUserByUsername("demo-county");
		long applicant = jdbc.queryForObject("select id from user_account where username = 'demo-applicant'",
				Long.class);
		jdbc.update("""
				insert into application (number, applicant_id, type, review_year, status, applicant_name, city_id,
				    target_level, status_changed_at, created_at, updated_at)
				select 'EXJ' || lpad(g::text, 6, '0'), ?, 'EVALUATION', 3100 + g, 'CITY_REVIEW', '后台导出' || g, ?,
				       'INTERMEDIATE', timestamptz '2026-02-02 10:00+08', now(), now()
				from generate_series(1, 1200) g
				""", applicant, city.regionId());
	}

	@AfterEach
	void clean() {
		jdbc.update("delete from export_job where owner_id in (?, ?)", city.id(), county.id());
		jdbc.update("delete from application where number like 'EXJ%'");
	}

	@Test
	void theQueueButtonWritesTheExportInTheBackgroundAndOnlyItsOwnerDownloadsIt() throws Exception {
		MvcTestResult started = mvc.post()
			.uri("/city/queue/exports")
			.param("format", "CSV")
			.param("q", "后台导出")
			.with(user(city))
			.with(csrf())
			.exchange();
		assertThat(started).hasStatus3xxRedirection();
		Matcher id = STARTED.matcher(started.getResponse().getRedirectedUrl());
		assertThat(id.find()).isTrue();
		long job = Long.parseLong(id.group(1));
		ExportJobView done = ExportJobWaits.awaitEnd(jobs, city, job);
		assertThat(done.status()).isEqualTo(ExportJobView.Status.READY);
		assertThat(done.total()).isEqualTo(1200L);
		assertThat(done.done()).isEqualTo(1200L);
		assertThat(done.percent()).isEqualTo(100);

		assertThat(mvc.get().uri("/city/exports/" + job + "/progress").with(user(city)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("READY");
		assertThat(mvc.get().uri("/city/exports").with(user(city))).hasStatusOk()
			.bodyText()
			.contains("待办材料导出", "/city/exports/" + job + "/download");
		MvcTestResult download = mvc.get().uri("/city/exports/" + job + "/download").with(user(city)).exchange();
		assertThat(download).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''");
		String csv = new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().filter(line -> line.contains("EXJ"))).hasSize(1200);
		assertThat(csv).contains("后台导出1,").contains("后台导出1200,");
		assertThat(download.getResponse().getContentLengthLong()).isEqualTo(
				download.getResponse().getContentAsByteArray().length);

		// someone else's job answers as if it did not exist, on every path; another role's path is refused
		assertThat(mvc.get().uri("/county/exports/" + job + "/progress").with(user(county))).hasStatus(404);
		assertThat(mvc.get().uri("/county/exports/" + job + "/download").with(user(county))).hasStatus(404);
		assertThat(mvc.get().uri("/county/exports").with(user(county))).hasStatusOk()
			.bodyText()
			.doesNotContain("/exports/" + job + "/download");
		assertThat(mvc.get().uri("/city/exports/" + job + "/download").with(user(county))).hasStatus(403);
		assertThat(mvc.get().uri("/city/exports").with(user(
				(PortalUser) users.loadUserByUsername("demo-applicant")))).hasStatus(403);
	}

	@Test
	void theNoticeAndResultListsWrittenInTheBackgroundAreTheListsTheDownloadGives() throws Exception {
		jdbc.update("""
				update application set notice_starts_on = date '2026-01-12', notice_ends_on = date '2026-01-16',
				    status = 'COUNTY_REVIEW' where number = 'EXJ000001'""");
		for (String[] list : new String[][] { { "notices", "year=3101" }, { "results", "year=2025" } }) {
			MvcTestResult started = mvc.post()
				.uri("/city/" + list[0] + "/exports?format=CSV&" + list[1])
				.with(user(city))
				.with(csrf())
				.exchange();
			assertThat(started).hasStatus3xxRedirection();
			Matcher id = STARTED.matcher(started.getResponse().getRedirectedUrl());
			assertThat(id.find()).as(list[0]).isTrue();
			ExportJobView done = ExportJobWaits.awaitEnd(jobs, city, Long.parseLong(id.group(1)));
			assertThat(done.status()).as(list[0]).isEqualTo(ExportJobView.Status.READY);
			assertThat(done.kind()).isEqualTo(list[0].equals("notices") ? ExportKind.NOTICE_LIST : ExportKind.RESULT_LIST);
			String background = mvc.get().uri("/city/exports/" + id.group(1) + "/download").with(user(city))
				.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
			String direct = mvc.get().uri("/city/" + list[0] + "/export.csv?" + list[1]).with(user(city))
				.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(background).as(list[0]).isEqualTo(direct);
			assertThat(background.lines().count() - 1).as(list[0] + " rows").isEqualTo(done.done());
		}
		assertThat(mvc.get().uri("/city/exports").with(user(city))).hasStatusOk().bodyText().contains("评前公示名单", "评审结果名单");
		// an object out of reach is refused before any job is queued
		assertThat(mvc.post().uri("/county/results/exports?year=2025&committeeId=" + Long.MAX_VALUE)
			.with(user(county)).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri("/county/notices/exports?year=25").with(user(county)).with(csrf())).hasStatus(400);
		assertThat(jdbc.queryForObject("select count(*) from export_job where owner_id = ?", Long.class, county.id()))
			.isZero();
		assertThat(mvc.post().uri("/unit/results/exports?year=2025")
			.with(user((PortalUser) users.loadUserByUsername("demo-unit"))).with(csrf())).hasStatus(404);
	}

	@Test
	void startingAnExportNeedsTheFormsToken() {
		assertThat(mvc.post().uri("/city/queue/exports").param("format", "CSV").with(user(city))).hasStatus(403);
		assertThat(jdbc.queryForObject("select count(*) from export_job where owner_id = ?", Long.class, city.id()))
			.isZero();
	}

	@Test
	void aUserHasAtMostTheConfiguredNumberOfExportsUnderWay() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		ExportTask slow = task((out, progress) -> {
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			out.write('x');
		});
		long first = jobs.start(city, slow);
		long second = jobs.start(city, slow);
		long third = jobs.start(city, slow);
		try {
			assertThatThrownBy(() -> jobs.start(city, slow)).isInstanceOf(ExportRefusedException.class)
				.extracting(e -> ((ExportRefusedException) e).messageKey())
				.isEqualTo("exports.job.refused.too-many");
			assertThat(mvc.post().uri("/city/queue/exports").param("format", "XLSX").with(user(city)).with(csrf()))
				.hasStatus3xxRedirection()
				.hasRedirectedUrl("/city/exports")
				.flash()
				.containsEntry(ExportStarts.REFUSAL, "exports.job.refused.too-many");
			// another user is not held up by this one's jobs
			assertThat(jobs.start(county, task((out, progress) -> out.write('y')))).isPositive();
		}
		finally {
			release.countDown();
		}
		for (long job : new long[] { first, second, third }) {
			assertThat(ExportJobWaits.awaitEnd(jobs, city, job).status()).isEqualTo(ExportJobView.Status.READY);
		}
	}

	@Test
	void aDocumentIsStoredInChunksAndReadBackWhole() throws Exception {
		byte[] document = new byte[2_600_000];
		for (int i = 0; i < document.length; i++) {
			document[i] = (byte) (i * 31 + i / 7);
		}
		long job = jobs.start(city, task((out, progress) -> {
			progress.expect(3);
			out.write(document, 0, 1_000_000);
			progress.done(1);
			for (int i = 1_000_000; i < 1_100_000; i++) {
				out.write(document[i]);
			}
			out.write(document, 1_100_000, document.length - 1_100_000);
			progress.done(3);
		}));
		ExportJobView done = ExportJobWaits.awaitEnd(jobs, city, job);
		assertThat(done.sizeBytes()).isEqualTo(document.length);
		assertThat(jdbc.queryForObject("select count(*) from export_chunk where job_id = ?", Long.class, job))
			.as("1 MiB chunks").isEqualTo(3L);
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		jobs.copy(jobs.ready(city, job).orElseThrow(), copy);
		assertThat(Arrays.equals(copy.toByteArray(), document)).isTrue();
	}

	@Test
	void aFailingWriterLeavesAFailedJobWithItsReasonAndNoPartialDocument() throws Exception {
		long job = jobs.start(city, task((out, progress) -> {
			out.write(new byte[2_000_000]);
			throw new IOException("disk full");
		}));
		ExportJobView failed = ExportJobWaits.awaitEnd(jobs, city, job);
		assertThat(failed.status()).isEqualTo(ExportJobView.Status.FAILED);
		assertThat(failed.errorKey()).isEqualTo("exports.job.error.failed");
		assertThat(jdbc.queryForObject("select count(*) from export_chunk where job_id = ?", Long.class, job))
			.isZero();
		assertThat(jobs.ready(city, job)).isEmpty();
		assertThat(mvc.get().uri("/city/exports/" + job + "/download").with(user(city))).hasStatus(404);
		assertThat(mvc.get().uri("/city/exports").with(user(city))).hasStatusOk()
			.bodyText()
			.contains("生成失败");
	}

	@Test
	void theCleanUpDeletesExpiredDocumentsAndFailsJobsWhoseInstanceStopped() throws Exception {
		long ready = jobs.start(city, task((out, progress) -> out.write(new byte[10])));
		ExportJobWaits.awaitEnd(jobs, city, ready);
		long orphan = jdbc.queryForObject("""
				insert into export_job (owner_id, kind, file_name, ascii_name, content_type, status, created_at,
				    heartbeat_at, expires_at)
				values (?, 'QUEUE', 'a.csv', 'a.csv', 'text/csv', 'RUNNING', ?, ?, ?) returning id""", Long.class,
				city.id(), java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant()),
				java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(2))));
		clock.set(clock.instant().plus(Duration.ofMinutes(10)));
		cleanup.clean();
		assertThat(jobs.find(city, orphan).orElseThrow().errorKey()).isEqualTo("exports.job.error.interrupted");
		assertThat(jobs.find(city, ready)).isPresent();
		clock.set(clock.instant().plus(Duration.ofHours(25)));
		cleanup.clean();
		assertThat(jobs.find(city, ready)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from export_chunk where job_id = ?", Long.class, ready))
			.isZero();
	}

	private static ExportTask task(ExportTask.Body body) {
		return new ExportTask(ExportKind.QUEUE, "测试.bin", "test.bin", "application/octet-stream", body);
	}

}
