package cn.zhicheng.portal.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kept for {@code portal.audit.retention} (12 months here), then purged daily by one instance at a time; the database
 * refuses every update and any delete of a record younger than six months, whoever asks.
 */
@PortalTest
class AuditRetentionTests {

	@Autowired
	AuditPurge purge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void today() {
		clock.set(Instant.now());
	}

	@Test
	void thePurgeDeletesOnlyRecordsOlderThanTheRetention() {
		long old = insert("13 months");
		long withinRetention = insert("11 months");
		long young = insert("1 day");

		assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

		assertThat(ids(old, withinRetention, young)).containsExactlyInAnyOrder(withinRetention, young);
	}

	@Test
	void theDatabaseRefusesUpdatesAndDeletesOfYoungRecords() {
		long young = insert("5 months");
		long beyondFloor = insert("7 months");

		assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten' where id = ?", young))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc
			.update("update audit_event set occurred_at = occurred_at - interval '1 year' where id = ?", young))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", young))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot be deleted");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id in (?, ?)", young, beyondFloor))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
		assertThat(ids(young, beyondFloor)).containsExactlyInAnyOrder(young, beyondFloor);

		// Past the legal floor the database lets a delete through: how long to keep beyond it is the portal's choice.
		assertThat(jdbc.update("delete from audit_event where id = ?", beyondFloor)).isEqualTo(1);
	}

	@Test
	void whileAnotherInstancePurgesThisOneSkips() throws Exception {
		long old = insert("2 years");
		AtomicInteger skipped = new AtomicInteger();
		transactions.executeWithoutResult(status -> {
			jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, AuditPurge.LOCK_KEY);
			skipped.set(CompletableFuture.supplyAsync(purge::purge).join());
		});
		assertThat(skipped.get()).isEqualTo(-1);
		assertThat(ids(old)).containsExactly(old);

		assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
		assertThat(ids(old)).isEmpty();
	}

	/** A record of that age by the database's clock, straight into the table. */
	private long insert(String age) {
		return jdbc.queryForObject("""
				insert into audit_event (action, subject_type, subject_id, detail, occurred_at)
				values ('RETENTION_TEST', 'RETENTION_TEST', 1, ?, now() - cast(? as interval)) returning id""",
				Long.class, age, age);
	}

	private List<Long> ids(Long... ids) {
		return jdbc.queryForList("select id from audit_event where id = any(?)", Long.class, (Object) ids);
	}

}
