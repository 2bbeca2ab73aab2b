package cn.zhicheng.portal.cluster;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference data cached on each instance (issue #11): an eviction here is announced on PostgreSQL's channel, and an
 * announcement from another instance (here: a second connection, as another instance's would be) clears the copy
 * here, both a Spring cache and the working calendar's year copies.
 */
@PortalTest
class CacheInvalidationTests {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	@Autowired
	CacheManager caches;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	InvalidationListener listener;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEvictionHereIsAnnouncedToTheOtherInstances() throws Exception {
		try (Connection other = dataSource.getConnection()) {
			try (Statement listen = other.createStatement()) {
				listen.execute("listen " + CacheInvalidation.CHANNEL);
			}
			caches.getCache("region:region").evict(1L);
			List<String> heard = new ArrayList<>();
			long deadline = System.nanoTime() + WITHIN.toNanos();
			while (heard.stream().noneMatch(payload -> payload.endsWith(" region:region"))
					&& System.nanoTime() < deadline) {
				PGNotification[] notifications = other.unwrap(PGConnection.class).getNotifications(500);
				for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
					heard.add(notification.getParameter());
				}
			}
			assertThat(heard).anyMatch(payload -> payload.endsWith(" region:region"));
		}
	}

	@Test
	void anotherInstancesAnnouncementClearsTheCachedCopyHere() throws Exception {
		awaitTrue(listener::listening);
		Cache committees = caches.getCache("catalog:committees-test");
		committees.put("k", "cached before the edit");
		announceFromAnotherInstance("catalog:committees-test");
		awaitTrue(() -> committees.get("k") == null);
		assertThat(committees.get("k")).isNull();
	}

	/** Before, an instance that had looked for a year not loaded kept saying so until restarted. */
	@Test
	void aYearLoadedOnAnotherInstanceIsSeenHereAtOnce() throws Exception {
		awaitTrue(listener::listening);
		assertThat(calendar.isLoaded(2099)).isFalse();
		try {
			jdbc.update("insert into calendar_year (year, source, loaded_at) values (2099, '测试', now())");
			assertThat(calendar.isLoaded(2099)).as("the copy here, until told").isFalse();
			announceFromAnotherInstance("working-calendar");
			awaitTrue(() -> calendar.isLoaded(2099));
		}
		finally {
			jdbc.update("delete from calendar_year where year = 2099");
			announceFromAnotherInstance("working-calendar");
			awaitTrue(() -> !calendar.isLoaded(2099));
		}
	}

	private void announceFromAnotherInstance(String cache) {
		jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CacheInvalidation.CHANNEL,
				"another-instance " + cache);
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(condition.getAsBoolean()).as("within %s", WITHIN).isTrue();
	}

}
