package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.review.QueueFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * MEMORY BOUND TEST (issue #8: "an export of 100,000 rows within a bounded heap (run with a small -Xmx)"). Surefire runs
 * the {@code *HeapTests} in a JVM of their own with a small heap (the {@code small-heap} execution of the pom), and the
 * test checks it got one. It exports 100,000 generated rows and, half-way through the written bytes, forces a GC and
 * measures the heap still in use: what the export holds at that moment. A list of all rows (or a driver reading the
 * whole result without a cursor) would hold tens of MB; the streaming export holds a fetch of 1,000 rows and a
 * 100-row XLSX window. The same rows then go through a background job into stored chunks and back. A bound, not a
 * timing; it runs in about a minute.
 */
@PortalTest
class QueueExportHeapTests {

	static final int ROWS = 100_000;

	/**
	 * Measured with 100,000 rows: about 0 MB held half-way with the cursor, 24 MB when the fetch size was removed and
	 * the driver read the whole result; 12 MB sits between the two, so the test fails if the cursor is lost.
	 */
	static final long BOUND = 12L * 1024 * 1024;

	/** The heap this test must run in: the surefire execution sets -Xmx below it. */
	static final long SMALL_HEAP = 256L * 1024 * 1024;

	@Autowired
	QueueExport export;

	@Autowired
	ExportJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	/**
	 * Takes the generated files out of every queue and figure. Deleting 100,000 applications would make PostgreSQL check
	 * each row against every table that refers to an application, which takes minutes; abandoned files without a
	 * jurisdiction are invisible to every other test.
	 */
	@AfterEach
	void clean() {
		jdbc.update("""
				update application set status = 'ABANDONED', city_id = null, county_id = null, unit_id = null
				where number like 'MEM%'""");
	}

	@Test
	void hundredThousandRowsStreamInBoundedMemory() throws Exception {
		assumeTrue(Boolean.getBoolean("portal.small-heap"),
				"runs in the pom's small-heap execution (a -Dtest run also offers it to the default one)");
		assertThat(Runtime.getRuntime().maxMemory()).as("run with a small -Xmx (pom: small-heap)")
			.isLessThanOrEqualTo(SMALL_HEAP);
		clock.set(Instant.parse("2026-02-10T02:00:00Z"));
		PortalUser city = (PortalUser) users.loadUserByUsername("demo-city");
		long applicant = jdbc.queryForObject("select id from user_account where username = 'demo-applicant'",
				Long.class);
		jdbc.update("""
				insert into application (number, applicant_id, type, review_year, status, applicant_name, city_id,
				    target_level, status_changed_at, created_at, updated_at)
				select 'MEM' || lpad(g::text, 9, '0'), ?, 'EVALUATION', 100000 + g, 'CITY_REVIEW',
				       '申报人' || g, ?, 'INTERMEDIATE', timestamptz '2026-02-02 10:00+08' + g * interval '1 second',
				       now(), now()
				from generate_series(1, ?) g
				""", applicant, city.regionId(), ROWS);
		for (ExportFormat format : ExportFormat.values()) {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			System.gc();
			long before = memory.getHeapMemoryUsage().getUsed();
			MeasuringStream out = new MeasuringStream(format == ExportFormat.CSV ? 2_500_000 : 0, memory);
			int rows = export.write(city, QueueFilter.none(), format, out);
			assertThat(rows).as(format.name()).isGreaterThanOrEqualTo(ROWS);
			if (format == ExportFormat.CSV) {
				assertThat(out.midway).as("measured half-way through the CSV").isPositive();
				assertThat(out.midway - before).as("heap held half-way through the CSV").isLessThan(BOUND);
			}
			System.gc();
			assertThat(memory.getHeapMemoryUsage().getUsed() - before).as(format.name() + " after").isLessThan(BOUND);
			assertThat(out.bytes).isGreaterThan(ROWS * 20L);
		}
		long job = jobs.start(city, export.task(city, QueueFilter.none(), ExportFormat.XLSX));
		ExportJobView done = ExportJobWaits.awaitEnd(jobs, city, job);
		assertThat(done.status()).isEqualTo(ExportJobView.Status.READY);
		assertThat(done.done()).isGreaterThanOrEqualTo(ROWS);
		MeasuringStream copy = new MeasuringStream(0, ManagementFactory.getMemoryMXBean());
		jobs.copy(jobs.ready(city, job).orElseThrow(), copy);
		assertThat(copy.bytes).isEqualTo(done.sizeBytes());
		jdbc.update("delete from export_job where id = ?", job);
	}

	/** Discards the bytes, counting them; once past {@code measureAt} bytes, measures the heap after a GC. */
	static final class MeasuringStream extends OutputStream {

		final long measureAt;

		final MemoryMXBean memory;

		long bytes;

		long midway;

		MeasuringStream(long measureAt, MemoryMXBean memory) {
			this.measureAt = measureAt;
			this.memory = memory;
		}

		@Override
		public void write(int b) {
			count(1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count(len);
		}

		private void count(int n) {
			bytes += n;
			if (measureAt > 0 && midway == 0 && bytes > measureAt) {
				System.gc();
				midway = memory.getHeapMemoryUsage().getUsed();
			}
		}

	}

}
