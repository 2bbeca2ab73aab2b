package cn.zhicheng.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A second start on the same data directory keeps what the first saved and does not load the demo world twice. */
class RestartTests {

	private static final Path DATA = Path.of("target/restart-test-pg");

	@Test
	void aRestartKeepsTheDataAndDoesNotDuplicateTheDemoWorld() throws IOException {
		deleteRecursively(DATA);
		Map<String, Long> first;
		try (ConfigurableApplicationContext portal = start()) {
			first = counts(portal);
			assertThat(first.get("user_account")).isEqualTo(5);
			assertThat(first.get("region")).isEqualTo(12);
			portal.getBean(Accounts.class)
				.createIfAbsent(new NewAccount("kept-across-restarts", "Kept#2026x", "保留", Role.APPLICANT, null, null));
		}
		try (ConfigurableApplicationContext portal = start()) {
			Map<String, Long> second = counts(portal);
			assertThat(second).containsEntry("user_account", first.get("user_account") + 1)
				.containsEntry("region", first.get("region"))
				.containsEntry("employer_unit", first.get("employer_unit"))
				.containsEntry("committee", first.get("committee"));
			assertThat(portal.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from user_account where username = 'kept-across-restarts'", Long.class))
				.isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start() {
		// Command-line arguments outrank the test configuration's ephemeral directory.
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--portal.embedded-db.data-directory=" + DATA, "--portal.embedded-db.ephemeral=false");
	}

	private static Map<String, Long> counts(ConfigurableApplicationContext portal) {
		JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
		return Map.of("region", count(jdbc, "region"), "employer_unit", count(jdbc, "employer_unit"), "committee",
				count(jdbc, "committee"), "user_account", count(jdbc, "user_account"));
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
