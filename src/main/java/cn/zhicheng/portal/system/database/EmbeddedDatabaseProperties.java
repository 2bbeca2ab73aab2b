package cn.zhicheng.portal.system.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL of the zero-setup default.
 *
 * @param dataDirectory where the cluster lives across restarts
 * @param port 0 picks a free port at every start
 * @param majorVersion the PostgreSQL major the bundled binaries run; a data directory of another major is refused
 * @param startupTimeout how long to wait for the server to accept connections
 * @param ephemeral tests: a fresh cluster below {@code dataDirectory} for each start, deleted when it stops
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("17") String majorVersion, @DefaultValue("60s") Duration startupTimeout,
		@DefaultValue("false") boolean ephemeral) {
}
