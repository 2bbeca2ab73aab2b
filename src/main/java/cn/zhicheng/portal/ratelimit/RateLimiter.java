package cn.zhicheng.portal.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.zhicheng.portal.personaldata.BlindIndex;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sliding window over the hits kept in {@code rate_limit_hit} (V32): a key may act while fewer than
 * {@link RateLimit#max()} of its hits fall in the last {@link RateLimit#window()}. Checking and counting a key are
 * serialised by a transaction-scoped advisory lock on the key, so two instances admitting the same client at once
 * cannot both take its last hit. A refusal says how long until the oldest hit leaves the window.
 */
@Component
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	/** Hits older than this count for no limit (the longest window in use is a day). */
	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, BlindIndex index, Clock clock) {
		this.jdbc = jdbc;
		this.index = index;
		this.clock = clock;
	}

	/** Whether {@code key} may act now, and counts the hit if it may. */
	@Transactional
	public Decision tryAcquire(RateLimit limit, String key) {
		Decision decision = check(limit, key);
		if (decision.allowed()) {
			insert(limit, hash(limit, key));
		}
		return decision;
	}

	/** Whether {@code key} may act now; counts nothing (a login is counted only when it fails, see {@link #record}). */
	@Transactional
	public Decision check(RateLimit limit, String key) {
		String hash = hash(limit, key);
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:bucket || ':' || :hash, 0))")
			.param("bucket", limit.bucket())
			.param("hash", hash)
			.query()
			.singleValue();
		Instant now = clock.instant();
		Instant since = now.minus(limit.window());
		Window window = jdbc.sql("""
				select count(*) as hits, min(hit_at) as oldest from rate_limit_hit
				where bucket = :bucket and key_hash = :hash and hit_at > :since""")
			.param("bucket", limit.bucket())
			.param("hash", hash)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new Window(rs.getInt("hits"), rs.getTimestamp("oldest")))
			.single();
		if (window.hits() < limit.max()) {
			return Decision.ALLOWED;
		}
		Duration retryAfter = Duration.between(now, window.oldest().toInstant().plus(limit.window()));
		return new Decision(false, retryAfter.isNegative() ? Duration.ZERO : retryAfter);
	}

	/** Counts a hit of {@code key} without asking (a failed login). */
	@Transactional
	public void record(RateLimit limit, String key) {
		insert(limit, hash(limit, key));
	}

	private void insert(RateLimit limit, String hash) {
		// A hit lost in a database crash lets one client act once more: not worth waiting for the disk on every
		// public lookup (#9), so this transaction's commit does not wait for its WAL to be flushed.
		jdbc.sql("set local synchronous_commit to off").update();
		jdbc.sql("insert into rate_limit_hit (bucket, key_hash, hit_at) values (:bucket, :hash, :at)")
			.param("bucket", limit.bucket())
			.param("hash", hash)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** Daily, on one instance: hits past every window are forgotten. */
	@Scheduled(cron = "${portal.rate-limit.purge-cron:0 45 3 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "rate-limit-purge", lockAtMostFor = "PT30M")
	@Transactional
	public void purge() {
		int purged = jdbc.sql("delete from rate_limit_hit where hit_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(KEPT)))
			.update();
		log.info("Rate limits: {} old hits purged", purged);
	}

	/** Keys are client addresses and mobiles: personal data, kept only as a keyed hash per bucket. */
	private String hash(RateLimit limit, String key) {
		return index.keyed("rate-limit:" + limit.bucket(), key);
	}

	private record Window(int hits, java.sql.Timestamp oldest) {
	}

	/** Allowed, or refused until {@code retryAfter} has passed. */
	public record Decision(boolean allowed, Duration retryAfter) {

		static final Decision ALLOWED = new Decision(true, Duration.ZERO);

		/** Whole minutes, rounded up, for messages. */
		public long retryAfterMinutes() {
			return Math.max(1, (retryAfter.getSeconds() + 59) / 60);
		}

	}

}
