package cn.zhicheng.portal.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes records older than {@code portal.audit.retention}, once a day: the scheduled run happens once across
 * instances (system/scheduling). A transaction-scoped advisory lock also keeps any two purges (a scheduled one and one
 * called directly) from running side by side; it goes with the transaction, so a crashed instance never leaves it held.
 */
@Component
class AuditPurge {

	private static final Logger log = LoggerFactory.getLogger(AuditPurge.class);

	/** The advisory-lock key of the purge ("AUDITPRG" in ASCII); no other lock in the portal uses it. */
	static final long LOCK_KEY = 0x4155444954505247L;

	private final JdbcClient jdbc;

	private final AuditProperties properties;

	private final Clock clock;

	AuditPurge(JdbcClient jdbc, AuditProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Through the proxy, so the lock and the delete share one transaction. */
	@Scheduled(cron = "${portal.audit.purge-cron:0 30 3 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "audit-purge", lockAtMostFor = "PT30M")
	@Transactional
	void daily() {
		purge();
	}

	/** The number of records deleted, or -1 when another instance is purging right now. */
	@Transactional
	public int purge() {
		Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			log.info("Audit purge skipped: another instance holds the lock");
			return -1;
		}
		Instant cutoff = cutoff();
		int deleted = jdbc.sql("delete from audit_event where occurred_at < :cutoff")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.update();
		log.info("Audit purge: {} records older than {} deleted", deleted, cutoff);
		return deleted;
	}

	/** Retention is a calendar period, counted back in the portal's time zone from now. */
	Instant cutoff() {
		return OffsetDateTime.now(clock).atZoneSameInstant(clock.getZone()).minus(properties.retention()).toInstant();
	}

}
