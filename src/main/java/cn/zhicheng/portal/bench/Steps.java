package cn.zhicheng.portal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the generator's steps in order on one connection, timing and logging each. */
final class Steps {

	private static final Logger log = LoggerFactory.getLogger(Steps.class);

	/** A step over the whole table. */
	interface Whole {

		long run(Connection connection) throws SQLException;

	}

	/** A step over files {@code from}–{@code to}, given and returning a counter carried from range to range. */
	interface Ranged {

		long run(Connection connection, long from, long to, long carried) throws SQLException;

	}

	private final Connection connection;

	private final Map<String, Long> millis;

	Steps(Connection connection, Map<String, Long> millis) {
		this.connection = connection;
		this.millis = millis;
	}

	void run(String name, Whole step) throws SQLException {
		long started = System.nanoTime();
		long rows = step.run(connection);
		done(name, rows, started);
	}

	/** Streams the files a range at a time: each COPY statement's foreign-key checks run at its end. */
	void chunked(String name, long total, long chunk, Ranged step) throws SQLException {
		long started = System.nanoTime();
		long carried = 0;
		for (long from = 0; from < total; from += chunk) {
			carried = step.run(connection, from, Math.min(total, from + chunk), carried);
		}
		done(name, carried, started);
	}

	private void done(String name, long rows, long started) {
		long ms = (System.nanoTime() - started) / 1_000_000;
		millis.put(name, ms);
		log.info("bench data: {} done, {} rows in {} ms", name, rows, ms);
	}

	static void timed(String name, Map<String, Long> millis, Runnable step) {
		long started = System.nanoTime();
		step.run();
		long ms = (System.nanoTime() - started) / 1_000_000;
		millis.put(name, ms);
		log.info("bench data: {} done in {} ms", name, ms);
	}

}
