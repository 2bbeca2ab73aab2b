package cn.zhicheng.portal.system.database;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import cn.zhicheng.portal.HttpBrowser;
import cn.zhicheng.portal.PortalApplication;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL's postmaster killed with SIGKILL while eight signed-in applicants save 业绩成果 records through the running
 * portal, then started again on the same data directory and port (issue #10): every save the portal confirmed is
 * there, the portal serves again without a restart of its own, and meanwhile people are told in Chinese, with a 503
 * and Retry-After, that the database cannot be reached, within the pool's connection timeout.
 */
class PostgresKilledTests {

	private static final Path DATA = Path.of("target/pg-kill-test");

	private static final int CLIENTS = 8;

	private static final String PASSWORD = "Crash#2026x";

	private static final String FORM = "/applicant/records/achievement";

	private static final String SAVED = "/applicant/records";

	private static final String MESSAGE = "系统暂时无法连接数据库，请稍后再试";

	/** Down this long from the kill: every client meets the outage more than once. */
	private static final Duration OUTAGE = Duration.ofSeconds(5);

	/** spring.datasource.hikari.connection-timeout (3 s) and the page, with room for a busy machine. */
	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

	@Test
	void everyConfirmedSaveSurvivesAKilledPostmasterAndThePortalRecoversWithoutARestart() throws Exception {
		FileSystemUtils.deleteRecursively(DATA);
		EmbeddedDatabaseProperties database = new EmbeddedDatabaseProperties(DATA, freePort(), "17",
				Duration.ofSeconds(60), false);
		EmbeddedPostgres postgres = new EmbeddedPostgresLauncher(database).start();
		ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
		try (ConfigurableApplicationContext portal = start(database.port())) {
			int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
			List<Writer> writers = new ArrayList<>();
			for (int n = 0; n < CLIENTS; n++) {
				portal.getBean(Accounts.class)
					.createIfAbsent(new NewAccount("crash-" + n, PASSWORD, "断电" + n, Role.APPLICANT, null, null));
				HttpBrowser browser = new HttpBrowser(port, Duration.ofSeconds(30));
				assertThat(browser.signIn("crash-" + n, PASSWORD).statusCode()).isEqualTo(302);
				assertThat(browser.get(FORM + "/new").statusCode()).isEqualTo(200);
				writers.add(new Writer(n, browser));
			}
			writers.forEach(load::submit);
			awaitUntil(() -> writers.stream().allMatch(writer -> writer.confirmedAfter(Long.MIN_VALUE) >= 3), Duration.ofSeconds(60));

			long killedAt = killPostmaster();
			HttpResponse<String> signIn = new HttpBrowser(port, Duration.ofSeconds(30)).signIn("crash-0", PASSWORD);
			Thread.sleep(Math.max(0, killedAt + OUTAGE.toNanos() - System.nanoTime()) / 1_000_000);
			postgres.close(); // only releases zonky's lock: its "could not stop" is the server being dead already
			postgres = new EmbeddedPostgresLauncher(database).start();
			long backAt = System.nanoTime();
			awaitUntil(() -> writers.stream().allMatch(writer -> writer.confirmedAfter(backAt) >= 2),
					Duration.ofSeconds(60));
			writers.forEach(Writer::stop);
			load.shutdown();
			assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			List<Outcome> outcomes = writers.stream().flatMap(writer -> writer.outcomes.stream()).toList();
			Set<String> confirmed = new HashSet<>();
			outcomes.stream().filter(Outcome::confirmed).forEach(outcome -> confirmed.add(outcome.title()));
			Set<String> stored = new HashSet<>(portal.getBean(JdbcTemplate.class)
				.queryForList("select title from achievement_record where title like '断电测试%'", String.class));
			Set<String> lost = new HashSet<>(confirmed);
			lost.removeAll(stored);
			assertThat(lost).as("saves the portal confirmed but PostgreSQL lost").isEmpty();

			assertThat(outcomes.stream().filter(outcome -> !outcome.confirmed() && !outcome.explained()))
				.as("every answer is a confirmed save or the 503 page saying the database is out of reach")
				.isEmpty();
			for (Writer writer : writers) {
				assertThat(writer.outcomes.stream().filter(Outcome::explained)).as("client %s met the outage", writer.number)
					.isNotEmpty();
			}
			assertThat(explained(signIn)).as("a sign-in during the outage is told the database is out of reach")
				.isTrue();
			List<Outcome> refused = outcomes.stream().filter(Outcome::explained).toList();
			long slowest = refused.stream().mapToLong(Outcome::millis).max().orElseThrow();
			assertThat(slowest).as("ms to answer during the outage").isLessThan(ANSWER_WITHIN.toMillis());
			long recoveredAfter = outcomes.stream()
				.filter(outcome -> outcome.confirmed() && outcome.at() > backAt)
				.mapToLong(outcome -> outcome.at() - backAt)
				.min()
				.orElseThrow();
			assertThat(Duration.ofNanos(recoveredAfter)).as("Hikari retries a refused connection at least every 5 s")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(portal.isActive()).isTrue();

			long savedUnconfirmed = stored.stream().filter(title -> !confirmed.contains(title)).count();
			System.out.printf(
					"pg kill -9: %d writes acknowledged, %d lost, %d requests during the outage answered 503 with a "
							+ "message, recovered %.2f s after PostgreSQL was back, no restart (%d clients, down %.1f s, "
							+ "slowest 503 %d ms, %d saved but unconfirmed)%n",
					confirmed.size(), lost.size(), refused.size() + 1, recoveredAfter / 1e9, CLIENTS,
					(backAt - killedAt) / 1e9, slowest, savedUnconfirmed);
		}
		finally {
			load.shutdownNow();
			postgres.close();
		}
	}

	/**
	 * kill -9 of the postmaster, as a crash or the out-of-memory killer would do it. Its children (backends,
	 * checkpointer, ...) see it gone and end by themselves; a new postmaster refuses to start while they hold the
	 * shared memory, so wait for them.
	 */
	private static long killPostmaster() throws Exception {
		long pid = Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> children = postmaster.descendants().toList();
		assertThat(postmaster.destroyForcibly()).isTrue();
		long killedAt = System.nanoTime();
		postmaster.onExit().get(10, TimeUnit.SECONDS);
		for (ProcessHandle child : children) {
			child.onExit().get(20, TimeUnit.SECONDS);
		}
		return killedAt;
	}

	private static boolean explained(HttpResponse<String> response) {
		return response.statusCode() == 503 && response.body().contains(MESSAGE)
				&& response.headers().firstValue("Retry-After").isPresent() && !response.body().contains("Exception");
	}

	private static ConfigurableApplicationContext start(int databasePort) {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/**
	 * One answer: when it came (nanoTime), its status (-1: no answer), how long it took, whether it confirmed the
	 * save (the redirect to the records list, sent after the commit) or explained the outage.
	 */
	record Outcome(String title, long at, int status, long millis, boolean confirmed, boolean explained) {
	}

	/** One applicant saving records one after another, keeping every answer. */
	private static final class Writer implements Runnable {

		final int number;

		final HttpBrowser browser;

		final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

		private volatile boolean stopped;

		Writer(int number, HttpBrowser browser) {
			this.number = number;
			this.browser = browser;
		}

		@Override
		public void run() {
			for (int sequence = 0; !stopped; sequence++) {
				String title = "断电测试 " + number + "-" + sequence;
				long started = System.nanoTime();
				try {
					HttpResponse<String> response = browser.post(FORM, Map.of("achievementKind", "PAPER", "title",
							title, "roleOrRank", "第一作者", "levelOrJournal", "建筑结构", "startedOn", "2022-05-01"));
					boolean confirmed = response.statusCode() == 302
							&& response.headers().firstValue("Location").orElse("").endsWith(SAVED);
					outcomes.add(new Outcome(title, System.nanoTime(), response.statusCode(),
							(System.nanoTime() - started) / 1_000_000, confirmed, explained(response)));
				}
				catch (Exception noAnswer) {
					outcomes.add(new Outcome(title + " (" + noAnswer + ")", System.nanoTime(), -1,
							(System.nanoTime() - started) / 1_000_000, false, false));
				}
			}
		}

		long confirmedAfter(long nanoTime) {
			synchronized (outcomes) {
				return outcomes.stream().filter(outcome -> outcome.confirmed() && outcome.at() > nanoTime).count();
			}
		}

		void stop() {
			stopped = true;
		}

	}

}
