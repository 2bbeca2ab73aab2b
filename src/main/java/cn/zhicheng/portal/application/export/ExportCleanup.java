package cn.zhicheng.portal.application.export;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired documents (their chunks go with them) and declares failed the jobs whose instance stopped
 * reporting: a job's heartbeat moves at least every few seconds while it writes, so one silent for
 * {@code portal.export.stale-after} died with its instance and will never finish. Once across instances (ShedLock).
 */
@Component
class ExportCleanup {

	private final JdbcClient jdbc;

	private final ExportSettings settings;

	private final Clock clock;

	ExportCleanup(JdbcClient jdbc, ExportSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.export.cleanup-every:PT5M}")
	@SchedulerLock(name = "export-cleanup", lockAtMostFor = "PT10M")
	public void clean() {
		Instant now = clock.instant();
		jdbc.sql("delete from export_job where expires_at < :now").param("now", Timestamp.from(now)).update();
		jdbc.sql("""
				update export_job set status = 'FAILED', error_key = 'exports.job.error.interrupted', finished_at = :now
				where status in ('QUEUED', 'RUNNING') and heartbeat_at < :stale""")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(settings.staleAfter())))
			.update();
	}

}
