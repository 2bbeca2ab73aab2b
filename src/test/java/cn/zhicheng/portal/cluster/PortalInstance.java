package cn.zhicheng.portal.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged jar, as production runs it: its own JVM and port, the shared database and key from
 * the environment, its output in a file. Started by {@link #start}, which returns once it answers healthy.
 */
final class PortalInstance implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	final String name;

	final int port;

	final Path log;

	final Duration startedIn;

	private final Process process;

	private final ProcessBuilder builder;

	private PortalInstance(String name, int port, Path log, Process process, Duration startedIn,
			ProcessBuilder builder) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
		this.startedIn = startedIn;
		this.builder = builder;
	}

	static PortalInstance start(String name, Path jar, String jdbcUrl, String personalDataKey, Path directory,
			List<String> more) throws IOException, InterruptedException {
		int port = freePort();
		Path log = directory.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar.toString(),
				"--server.port=" + port, "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--portal.instance.name=" + name,
				"--server.forward-headers-strategy=native"));
		command.addAll(more);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("PORTAL_PERSONAL_DATA_KEY", personalDataKey);
		return launch(name, port, log, builder);
	}

	/** The same instance started again after it stopped (same port and settings; its output in a new file). */
	PortalInstance again() throws IOException, InterruptedException {
		Path next = log.resolveSibling(name + "-again.log");
		return launch(name, port, next, builder.redirectOutput(next.toFile()));
	}

	private static PortalInstance launch(String name, int port, Path log, ProcessBuilder builder)
			throws IOException, InterruptedException {
		long started = System.nanoTime();
		Process process = builder.start();
		awaitHealthy(name, port, process, log, started);
		return new PortalInstance(name, port, log, process, Duration.ofNanos(System.nanoTime() - started), builder);
	}

	private static void awaitHealthy(String name, int port, Process process, Path log, long startedNanos)
			throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = startedNanos + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("instance " + name + " stopped while starting:\n" + tail(log));
			}
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("instance " + name + " not healthy within " + STARTUP + ":\n" + tail(log));
	}

	/** As a power cut or {@code kill -9} would: no shutdown hook, no graceful end of requests. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	boolean alive() {
		return process.isAlive();
	}

	String output() throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException unreadable) {
			return "(no output)";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The JDK this test runs on (21 or newer, as the build requires). */
	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
