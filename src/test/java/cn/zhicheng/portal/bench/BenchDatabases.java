package cn.zhicheng.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import cn.zhicheng.portal.personaldata.V31__Seal_personal_data;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL server of the bench tests' own, apart from the one the shared test context uses, with one database
 * per purpose, each migrated by the portal's Flyway migrations. Started once per test JVM; its data directory lives
 * under {@code target/} and goes with the JVM.
 */
final class BenchDatabases {

	private static EmbeddedPostgres server;

	private static final Map<String, HikariDataSource> databases = new HashMap<>();

	private BenchDatabases() {
	}

	/** A fresh, migrated database of this name (dropped first if a previous test of this JVM left it). */
	static synchronized DataSource fresh(String name) {
		HikariDataSource old = databases.remove(name);
		if (old != null) {
			old.close();
		}
		JdbcTemplate admin = new JdbcTemplate(server().getPostgresDatabase());
		admin.execute("drop database if exists " + name);
		admin.execute("create database " + name + " template template0 encoding 'UTF8' locale 'C'");
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server().getJdbcUrl("postgres", name));
		dataSource.setMaximumPoolSize(4);
		PersonalDataCipher cipher = PersonalNumbers.testCipher();
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.javaMigrations(new V31__Seal_personal_data(cipher, new BlindIndex(cipher)))
			.load()
			.migrate();
		databases.put(name, dataSource);
		return dataSource;
	}

	/** The JDBC address of a database made by {@link #fresh(String)}. */
	static String url(String name) {
		return server().getJdbcUrl("postgres", name);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				Path dir = Files.createTempDirectory(Path.of("target"), "pg-bench");
				server = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(true)
					.setLocaleConfig("locale", "C")
					.setServerConfig("timezone", "UTC")
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("max_wal_size", "4GB")
					.setServerConfig("shared_buffers", "512MB")
					.setServerConfig("maintenance_work_mem", "256MB")
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(BenchDatabases::stop));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}

	private static void stop() {
		databases.values().forEach(HikariDataSource::close);
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is going anyway
		}
	}

}
