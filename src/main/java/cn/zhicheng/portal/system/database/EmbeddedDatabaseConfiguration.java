package cn.zhicheng.portal.system.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.zhicheng.portal.system.DatabaseMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The zero-setup default: with no datasource URL the portal runs its own PostgreSQL and provides the
 * {@link DataSource}, so Boot's own datasource backs off and Flyway and JPA use this one. Nothing here is active when
 * {@code SPRING_DATASOURCE_URL} is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.EmbeddedMode.class)
class EmbeddedDatabaseConfiguration {

	static final String DATABASE_USER = "postgres";

	static final String DATABASE_NAME = "postgres";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return new EmbeddedPostgresLauncher(properties).start();
	}

	/** Closed before the server it depends on, so connections end before the postmaster stops. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(DATABASE_USER, DATABASE_NAME));
		dataSource.setUsername(DATABASE_USER);
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	static class EmbeddedMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EMBEDDED;
		}

	}

}
