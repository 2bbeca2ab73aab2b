package cn.zhicheng.portal.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the bundled PostgreSQL on a data directory that outlives the portal, guarding against the two ways a kept
 * directory goes wrong: a postmaster orphaned by a crashed run still holding it, and a cluster of another major.
 */
final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

	private final EmbeddedDatabaseProperties properties;

	EmbeddedPostgresLauncher(EmbeddedDatabaseProperties properties) {
		this.properties = properties;
	}

	EmbeddedPostgres start() {
		Path dataDirectory = dataDirectory();
		refuseForeignMajor(dataDirectory);
		stopOrphanPostmaster(dataDirectory);
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(properties.ephemeral())
				.setPGStartupWait(properties.startupTimeout())
				.setLocaleConfig("locale", "C")
				// zonky turns durability off for speed; the portal's data must survive a crash.
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("listen_addresses", "localhost");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL {} on port {} with data in {}", properties.majorVersion(), postgres.getPort(),
					dataDirectory.toAbsolutePath());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	private Path dataDirectory() {
		Path configured = properties.dataDirectory();
		try {
			Files.createDirectories(configured);
			return properties.ephemeral() ? Files.createTempDirectory(configured, "run-") : configured;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + configured.toAbsolutePath(), ex);
		}
	}

	private void refuseForeignMajor(Path dataDirectory) {
		Path versionFile = dataDirectory.resolve("PG_VERSION");
		if (!Files.isRegularFile(versionFile)) {
			return;
		}
		String found = readTrimmed(versionFile);
		if (!found.equals(properties.majorVersion())) {
			throw new IncompatibleDataDirectoryException(dataDirectory, found, properties.majorVersion());
		}
	}

	/**
	 * After a {@code kill -9} of the portal the postmaster keeps running and holds the directory, so the next start
	 * would wait and fail. The first line of {@code postmaster.pid} names it; stop it only if it is a postgres.
	 */
	static void stopOrphanPostmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = readTrimmed(pidFile).lines()
			.findFirst()
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedPostgresLauncher::isPostgres);
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle postmaster = orphan.get();
		log.warn("Stopping PostgreSQL postmaster {} left behind by an earlier run on {}", postmaster.pid(),
				dataDirectory.toAbsolutePath());
		CompletableFuture<ProcessHandle> exited = postmaster.onExit();
		postmaster.destroy(); // SIGTERM: a smart shutdown, the clients are gone with the crashed run
		try {
			exited.get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception timedOut) {
			postmaster.destroyForcibly();
			postmaster.onExit().orTimeout(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS).join();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(false);
	}

	private static String readTrimmed(Path file) {
		try {
			return Files.readString(file).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
