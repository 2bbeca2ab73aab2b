package cn.zhicheng.portal;

import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a datasource URL the portal starts no database of its own, loads no demo world unless told to, and creates
 * the first administrator from the environment. The "external" server here is a PostgreSQL the test starts itself.
 */
class ExternalDatabaseTests {

	@TempDir
	static Path tmp;

	static EmbeddedPostgres server;

	@BeforeAll
	static void startServer() throws Exception {
		server = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("external")).setCleanDataDirectory(true)
			.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void anExternalServerGetsOnlyTheFirstAdministrator() {
		try (ConfigurableApplicationContext portal = start("--portal.admin.username=first-admin",
				"--portal.admin.password=First#Admin1")) {
			assertThat(portal.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			assertThat(usernames(portal)).containsExactly("first-admin");
		}
		try (ConfigurableApplicationContext portal = start("--demo")) {
			assertThat(usernames(portal)).contains("demo-applicant", "demo-unit", "demo-county", "demo-city",
					"demo-admin", "first-admin");
		}
	}

	private static ConfigurableApplicationContext start(String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password="));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(PortalApplication.class).run(args.toArray(String[]::new));
	}

	private static List<String> usernames(ConfigurableApplicationContext portal) {
		return portal.getBean(JdbcTemplate.class)
			.queryForList("select username from user_account order by username", String.class);
	}

}
