package cn.zhicheng.portal.certificate.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 证书查询 is public and answers by name plus number or ID number, so it must not be a tool for trying numbers in bulk:
 * each client (a keyed hash of its address) may make {@code portal.certificate.lookups-per-client-per-hour} lookups
 * and API verifications an hour. Kept in the database so every instance counts the same hits.
 */
@Component
public class LookupLimiter {

	private final JdbcClient jdbc;

	private final CertificateKeys keys;

	private final CertificateSettings settings;

	private final Clock clock;

	LookupLimiter(JdbcClient jdbc, CertificateKeys keys, CertificateSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.settings = settings;
		this.clock = clock;
	}

	/** Counts one lookup of the client; false (and not counted) when it is over its limit. */
	@Transactional
	public boolean tryAcquire(String clientAddress) {
		String client = keys.clientHash(clientAddress);
		Instant now = clock.instant();
		int recent = jdbc.sql("select count(*) from certificate_lookup_hit where client_hash = :client and hit_at > :since")
			.param("client", client)
			.param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Integer.class)
			.single();
		if (recent >= settings.lookupsPerClientPerHour()) {
			return false;
		}
		// A hit lost in a database crash lets one client make one lookup more: not worth waiting for the disk on every
		// public lookup (#9), so this transaction's commit does not wait for its WAL to be flushed.
		jdbc.sql("set local synchronous_commit to off").update();
		jdbc.sql("insert into certificate_lookup_hit (client_hash, hit_at) values (:client, :at)")
			.param("client", client)
			.param("at", Timestamp.from(now))
			.update();
		return true;
	}

	/** Hits older than a day count for nothing. */
	@Transactional
	int purge() {
		return jdbc.sql("delete from certificate_lookup_hit where hit_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

}
