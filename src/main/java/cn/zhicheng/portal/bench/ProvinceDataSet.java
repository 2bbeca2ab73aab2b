package cn.zhicheng.portal.bench;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import cn.zhicheng.portal.personaldata.PersonalDataCipher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The province-scale data set of issue #9: 广东省's 21 cities and their counties, units, applicants, reviewers,
 * committees and a million applications over five 评审年度, loaded through the real schema with COPY in one
 * transaction (all or nothing), every constraint, trigger and foreign key checked as rows arrive. The same seed gives
 * the same rows. Accounts: {@code bench-p000001}…, {@code bench-unit-<n>}, {@code bench-county-<code>},
 * {@code bench-city-<code>} and {@code bench-admin}, all with the password {@value #PASSWORD}.
 */
public final class ProvinceDataSet {

	public static final String PASSWORD = "Bench#2026";

	/** The data set's day: the busiest week of the 2025年度 intake (DOMAIN.md §7.2), fixed so a seed means one set. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 3, 16);

	private static final Logger log = LoggerFactory.getLogger(ProvinceDataSet.class);

	private static final long CHUNK = 50_000;

	/** How big: applications, the persons who file them (ten files each at most) and their units. */
	public record Scale(int applications, int persons, int units) {

		public static final Scale PROVINCE = new Scale(1_000_000, 100_000, 20_000);

		public Scale {
			if (applications < 1 || units < 1 || persons < units || (long) persons * 2 * World.YEARS < applications) {
				throw new IllegalArgumentException("Each person files at most ten times, each unit needs a person");
			}
		}

		/** The province's proportions for {@code applications}: one person per ten files, one unit per fifty. */
		public static Scale of(int applications) {
			int persons = Math.max(1, (applications + 9) / 10);
			return new Scale(applications, persons, Math.max(1, Math.min(persons, applications / 50)));
		}

	}

	/**
	 * Rows in each table the set fills once it is loaded (the demo world's included), how long each step took and
	 * the whole run; {@code alreadyPresent} when a set was there and nothing was written.
	 */
	public record Report(boolean alreadyPresent, Map<String, Long> counts, Map<String, Long> stepMillis,
			long millis) {
	}

	/** The tables the set fills, for the report's counts. */
	static final String[] TABLES = { "region", "employer_unit", "user_account", "committee", "intake_window",
			"committee_session", "application", "application_history", "return_reason", "objection",
			"application_attachment", "committee_vote", "certificate" };

	private ProvinceDataSet() {
	}

	/** Whether a data set is already there (its first applicant exists). */
	public static boolean present(DataSource dataSource) {
		return Boolean.TRUE.equals(new JdbcTemplate(dataSource).queryForObject(
				"select exists (select 1 from user_account where username = ?)", Boolean.class,
				ReferenceRows.personUsername(0)));
	}

	/** {@code cipher} seals the accounts' numbers with the key of the portal that will read them. */
	public static Report generate(DataSource dataSource, Scale scale, long seed, PersonalDataCipher cipher) {
		long started = System.currentTimeMillis();
		if (present(dataSource)) {
			log.warn("Province data set already present ({} exists): nothing generated", ReferenceRows.personUsername(0));
			return new Report(true, Map.of(), Map.of(), System.currentTimeMillis() - started);
		}
		Map<String, Long> stepMillis = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				load(connection, scale, seed, stepMillis, cipher);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Generating the province data set failed", ex);
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// Statistics for the planner, and the visibility map autovacuum would set in time: index-only scans count on it.
		Steps.timed("vacuum analyze", stepMillis, () -> {
			for (String table : TABLES) {
				jdbc.execute("vacuum (analyze) " + table);
			}
		});
		long millis = System.currentTimeMillis() - started;
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		log.info("Province data set generated in {} ms: {}", millis, counts);
		return new Report(false, counts, stepMillis, millis);
	}

	private static void load(Connection connection, Scale scale, long seed, Map<String, Long> stepMillis,
			PersonalDataCipher cipher) throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		jdbc.execute("set local synchronous_commit = off");
		GuangdongRegions.ensure(jdbc);
		World world = new World(jdbc, scale, seed, AS_OF);
		ReferenceRows reference = new ReferenceRows(world, passwordHash(seed), cipher);
		Steps steps = new Steps(connection, stepMillis);
		Indexes indexes = Indexes.setAside(jdbc, "user_account", "application", "application_history",
				"application_attachment", "certificate", "committee_vote", "objection", "return_reason");
		steps.run("employer_unit", reference::units);
		steps.run("user_account", reference::accounts);
		steps.run("committee", reference::committees);
		long historyBase = max(jdbc, "application_history");
		FileRows files = new FileRows(world);
		Trail trail = new Trail(world, historyBase);
		Outcomes outcomes = new Outcomes(world);
		steps.chunked("application", scale.applications(), CHUNK, (c, from, to, at) -> at + files.write(c, from, to));
		steps.chunked("application_history", scale.applications(), CHUNK, trail::history);
		steps.chunked("return_reason+objection", scale.applications(), CHUNK, trail::reasonsAndObjections);
		steps.chunked("application_attachment", scale.applications(), CHUNK,
				(c, from, to, at) -> at + outcomes.attachments(c, from, to));
		steps.chunked("committee_vote", scale.applications(), CHUNK,
				(c, from, to, at) -> at + outcomes.votes(c, from, to));
		steps.run("publish sessions", c -> (long) jdbc.update("""
				update committee_session
				set result_notice_starts_on = make_date(review_year + 1, 5, 25),
				    result_notice_ends_on = make_date(review_year + 1, 5, 25) + ?,
				    published_at = make_date(review_year + 1, 5, 25)::timestamptz
				where id > ? and id <= ? and review_year < ?""", Timeline.NOTICE_DAYS, world.sessionBase,
				world.sessionId(world.committees() - 1, World.FIRST_YEAR + World.YEARS - 1),
				World.FIRST_YEAR + World.YEARS - 1));
		long[] certificates = new long[1];
		steps.chunked("certificate", scale.applications(), CHUNK,
				(c, from, to, at) -> certificates[0] = outcomes.certificates(c, from, to, at));
		steps.run("indexes", c -> indexes.restore());
		for (String table : new String[] { "employer_unit", "user_account", "committee", "committee_session",
				"application", "application_history" }) {
			jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from " + table
					+ "))", Long.class, table);
		}
		jdbc.queryForObject("select setval('application_number_seq', ?)", Long.class,
				world.numberBase + scale.applications());
		jdbc.queryForObject("select setval('certificate_serial_seq', ?)", Long.class,
				world.certificateSerialBase + certificates[0]);
	}

	/** One BCrypt hash of {@value #PASSWORD} for every account, its salt drawn from the seed so the set repeats. */
	static String passwordHash(long seed) {
		try {
			SecureRandom salt = SecureRandom.getInstance("SHA1PRNG");
			salt.setSeed(seed);
			return BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10, salt));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long max(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
	}

}
