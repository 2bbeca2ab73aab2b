package cn.zhicheng.portal.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one connection of its own (outside the pool, whose connections serve requests) listening on the {@value CacheInvalidation#CHANNEL} channel and hands what it hears
 * to {@link CacheInvalidation}. When the connection is lost (the database restarted) it reconnects, then clears every
 * copy, since messages sent meanwhile were missed.
 */
@Component
class InvalidationListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InvalidationListener.class);

	/** How long one wait for messages lasts; also how soon a stop is noticed. */
	private static final int WAIT_MILLIS = 2_000;

	private static final Duration RETRY = Duration.ofSeconds(2);

	private final DataSource dataSource;

	private final CacheInvalidation invalidation;

	private volatile boolean running;

	private volatile boolean listening;

	private Thread thread;

	InvalidationListener(DataSource dataSource, CacheInvalidation invalidation) {
		this.dataSource = dataSource;
		this.invalidation = invalidation;
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().daemon().name("cache-invalidation").start(this::listen);
	}

	/** Waits for the connection to close, so it is gone before the database (the embedded one) is stopped. */
	@Override
	public void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(WAIT_MILLIS * 2L);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether the channel is open now (for tests that announce and wait). */
	boolean listening() {
		return listening;
	}

	private void listen() {
		boolean first = true;
		while (running) {
			try (Connection connection = open()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CacheInvalidation.CHANNEL);
				}
				listening = true;
				if (!first) {
					log.info("Listening for cache changes again; clearing every cached copy");
					invalidation.clearAll();
				}
				first = false;
				PGConnection channel = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] heard = channel.getNotifications(WAIT_MILLIS);
					if (heard != null) {
						for (PGNotification notification : heard) {
							invalidation.heard(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException lost) {
				listening = false;
				first = false;
				if (running) {
					log.warn("Lost the cache-change channel ({}); retrying", lost.toString());
					pause();
				}
			}
		}
		listening = false;
	}

	/** With the pool's settings but not one of its connections, so the pool keeps all of its own for requests. */
	private Connection open() throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			Properties settings = new Properties();
			settings.putAll(pool.getDataSourceProperties());
			if (pool.getUsername() != null) {
				settings.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				settings.setProperty("password", pool.getPassword());
			}
			settings.setProperty("ApplicationName", "portal cache-invalidation listener");
			return DriverManager.getConnection(pool.getJdbcUrl(), settings);
		}
		return dataSource.getConnection();
	}

	private void pause() {
		try {
			Thread.sleep(RETRY);
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
	}

}
