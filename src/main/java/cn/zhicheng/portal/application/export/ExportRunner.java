package cn.zhicheng.portal.application.export;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs export jobs on a small pool of its own, so a season's exports never take the request threads or the
 * application's task executor. A job that throws is marked failed and its partial document dropped; the log names the
 * job and the exception, never a row (rows hold personal data).
 */
@Component
class ExportRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	private final JdbcClient jdbc;

	private final ExportChunks chunks;

	private final ExportSettings settings;

	private final Clock clock;

	private final TransactionTemplate own;

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	ExportRunner(JdbcClient jdbc, ExportChunks chunks, ExportSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.chunks = chunks;
		this.settings = settings;
		this.clock = clock;
		pool.setCorePoolSize(settings.threads());
		pool.setMaxPoolSize(settings.threads());
		pool.setQueueCapacity(settings.queued());
		pool.setThreadNamePrefix("export-");
		pool.initialize();
	}

	@PreDestroy
	void stop() {
		pool.shutdown();
	}

	void submit(long id, ExportTask task) {
		try {
			pool.execute(() -> run(id, task));
		}
		catch (RejectedExecutionException busy) {
			fail(id, "exports.job.error.busy");
		}
	}

	private void run(long id, ExportTask task) {
		jdbc.sql("update export_job set status = 'RUNNING', started_at = :now, heartbeat_at = :now where id = :id")
			.param("now", now())
			.param("id", id)
			.update();
		try (ExportChunks.Writer out = chunks.open(id, settings.chunkBytes())) {
			JobProgress progress = new JobProgress(id);
			task.body().write(out, progress);
			out.close();
			jdbc.sql("""
					update export_job set status = 'READY', finished_at = :now, heartbeat_at = :now, size_bytes = :size,
					    units_done = greatest(units_done, :done), units_total = coalesce(units_total, :done)
					where id = :id""")
				.param("now", now())
				.param("size", out.size())
				.param("done", progress.done)
				.param("id", id)
				.update();
		}
		catch (ExportRefusedException refused) {
			chunks.clear(id);
			fail(id, refused.messageKey());
		}
		catch (Exception e) {
			log.error("Export job {} failed: {}", id, e.getClass().getName());
			chunks.clear(id);
			fail(id, "exports.job.error.failed");
		}
	}

	private void fail(long id, String key) {
		jdbc.sql("update export_job set status = 'FAILED', error_key = :key, finished_at = :now where id = :id")
			.param("key", key)
			.param("now", now())
			.param("id", id)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	/** Writes the writer's progress to the job at most twice a second, which is also the job's heartbeat. */
	private final class JobProgress implements ExportProgress {

		private static final long EVERY_MILLIS = 500;

		private final long id;

		private volatile long done;

		private volatile long reportedAt;

		JobProgress(long id) {
			this.id = id;
		}

		/** In a transaction of its own: the writer is usually inside its cursor's read-only one. */
		@Override
		public void expect(long total) {
			own.executeWithoutResult(status -> jdbc
				.sql("update export_job set units_total = :total, heartbeat_at = :now where id = :id")
				.param("total", total)
				.param("now", now())
				.param("id", id)
				.update());
		}

		@Override
		public void done(long units) {
			done = units;
			long millis = System.currentTimeMillis();
			if (millis - reportedAt >= EVERY_MILLIS) {
				reportedAt = millis;
				own.executeWithoutResult(status -> jdbc
					.sql("update export_job set units_done = :done, heartbeat_at = :now where id = :id")
					.param("done", units)
					.param("now", now())
					.param("id", id)
					.update());
			}
		}

	}

}
