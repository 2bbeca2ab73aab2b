package cn.zhicheng.portal.system.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The {@code job_run} table (V34): a claimed slot per cron job run, with the instance that ran it and how it ended.
 * Each statement commits on its own, outside the job's transaction: a job that fails still leaves its claim, so no
 * other instance runs that slot again (a job is run at most once per slot; the next slot catches up, as the daily jobs
 * work on everything due by their day).
 */
@Component
class JobRuns {

	private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String instance;

	private final Duration keep;

	JobRuns(JdbcClient jdbc, Clock clock, @Value("${portal.instance.name:}") String instance,
			@Value("${portal.jobs.history-retention:90d}") Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.instance = StringUtils.hasText(instance) ? instance : defaultInstanceName();
		this.keep = keep;
	}

	Instant now() {
		return clock.instant();
	}

	ZoneId zone() {
		return clock.getZone();
	}

	/** True when this call inserted the slot's row, i.e. this instance runs the slot; old rows of the job go. */
	boolean claim(String job, Instant slot) {
		Instant now = now();
		jdbc.sql("delete from job_run where job_name = :job and slot < :before")
			.param("job", job)
			.param("before", Timestamp.from(now.minus(keep)))
			.update();
		boolean mine = jdbc.sql("""
				insert into job_run (job_name, slot, instance, started_at, outcome)
				values (:job, :slot, :instance, :now, 'RUNNING')
				on conflict (job_name, slot) do nothing""")
			.param("job", job)
			.param("slot", Timestamp.from(slot))
			.param("instance", instance)
			.param("now", Timestamp.from(now))
			.update() == 1;
		if (mine) {
			log.info("Job {} for {} runs on {}", job, slot, instance);
		}
		return mine;
	}

	void succeeded(String job, Instant slot) {
		finish(job, slot, "SUCCEEDED", null);
	}

	/** The failure's class only: messages may quote data. */
	void failed(String job, Instant slot, Throwable failure) {
		finish(job, slot, "FAILED", failure.getClass().getName());
	}

	private void finish(String job, Instant slot, String outcome, @Nullable String error) {
		jdbc.sql("""
				update job_run set outcome = :outcome, finished_at = :now, error = :error
				where job_name = :job and slot = :slot""")
			.param("outcome", outcome)
			.param("now", Timestamp.from(now()))
			.param("error", error == null ? null : StringUtils.truncate(error, 200))
			.param("job", job)
			.param("slot", Timestamp.from(slot))
			.update();
	}

	/** The newest runs started before {@code before} (null: the newest of all); served by job_run_started. */
	List<Run> recent(@Nullable Instant before, int limit) {
		String after = before == null ? "" : "where started_at < :before ";
		var query = jdbc.sql("select job_name, slot, instance, started_at, finished_at, outcome, error from job_run "
				+ after + "order by started_at desc limit :limit").param("limit", limit);
		if (before != null) {
			query = query.param("before", Timestamp.from(before));
		}
		return query.query((rows, number) -> new Run(rows.getString("job_name"), rows.getTimestamp("slot").toInstant(),
				rows.getString("instance"), rows.getTimestamp("started_at").toInstant(),
				rows.getTimestamp("finished_at") == null ? null : rows.getTimestamp("finished_at").toInstant(),
				rows.getString("outcome"), rows.getString("error")))
			.list();
	}

	/** One run as job_run holds it. */
	record Run(String job, Instant slot, String instance, Instant startedAt, @Nullable Instant finishedAt,
			String outcome, @Nullable String error) {
	}

	/** Host and process, so two instances on one machine (or in one container image) are told apart. */
	private static String defaultInstanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException unknown) {
			host = "localhost";
		}
		return host + "/" + ProcessHandle.current().pid();
	}

}
