package cn.zhicheng.portal.system.database;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link EmbeddedPostgresLauncherTests}: starts the embedded server on a directory, says so,
 * then waits to be killed with SIGKILL, which leaves the postmaster orphaned as a crashed portal would.
 */
public final class OrphanPostmasterMain {

	public static void main(String[] args) throws InterruptedException {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(Path.of(args[0]), 0, "17",
				Duration.ofSeconds(60), false);
		new EmbeddedPostgresLauncher(properties).start();
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Duration.ofMinutes(5));
	}

}
