package cn.zhicheng.portal.system.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two ways a kept data directory goes wrong, handled before the server starts. */
class EmbeddedPostgresLauncherTests {

	@TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
	Path tmp;

	@Test
	void aDataDirectoryOfAnotherMajorIsRefusedWithAClearMessage() throws IOException {
		Path dataDirectory = Files.createDirectories(tmp.resolve("pg15"));
		Files.writeString(dataDirectory.resolve("PG_VERSION"), "15\n");
		EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher(properties(dataDirectory));

		assertThatThrownBy(launcher::start).isInstanceOfSatisfying(IncompatibleDataDirectoryException.class,
				failure -> {
					FailureAnalysis analysis = new IncompatibleDataDirectoryFailureAnalyzer().analyze(failure);
					assertThat(analysis.getDescription()).contains("PostgreSQL 15").contains("PostgreSQL 17");
					assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL")
						.contains("portal.embedded-db.data-directory");
				});
		assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aPostmasterLeftByACrashedRunIsStoppedAndTheDataIsKept() throws Exception {
		Path dataDirectory = tmp.resolve("pg");
		Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanPostmasterMain.class.getName(), dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(crashed.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = out.readLine();
			}
			while (line != null && !line.equals("READY"));
			assertThat(line).as("child JVM started PostgreSQL").isEqualTo("READY");
		}
		long orphanPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		crashed.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: the postmaster outlives it
		assertThat(ProcessHandle.of(orphanPid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

		try (EmbeddedPostgres postgres = new EmbeddedPostgresLauncher(properties(dataDirectory)).start();
				Connection connection = postgres.getPostgresDatabase().getConnection();
				ResultSet result = connection.createStatement().executeQuery("select pg_backend_pid()")) {
			assertThat(result.next()).isTrue();
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(
					java.util.Optional.of(true));
		}
	}

	private static EmbeddedDatabaseProperties properties(Path dataDirectory) {
		return new EmbeddedDatabaseProperties(dataDirectory, 0, "17", Duration.ofSeconds(60), false);
	}

}
