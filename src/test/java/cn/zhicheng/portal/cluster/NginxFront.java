package cn.zhicheng.portal.cluster;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's nginx in front of the instances, configured by the same template the compose profile gives the nginx
 * image ({@code deploy/nginx/portal.conf.template}), rendered as the image renders it: only the named environment
 * values are replaced. Runs in the foreground as a child of the test, with every file under a temporary prefix.
 */
final class NginxFront implements AutoCloseable {

	static final Path TEMPLATE = Paths.get("deploy", "nginx", "portal.conf.template");

	/** How long nginx leaves an instance alone after it refused a connection (compose: 10 s). */
	static final int RETRY_DOWN_AFTER_SECONDS = 5;

	final int port;

	final Path accessLog;

	private final Process process;

	private NginxFront(int port, Path accessLog, Process process) {
		this.port = port;
		this.accessLog = accessLog;
		this.process = process;
	}

	static Optional<Path> find() {
		String path = System.getenv("PATH");
		return Stream
			.concat(Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"),
					path == null ? Stream.empty() : Stream.of(path.split(File.pathSeparator)))
			.map(dir -> Paths.get(dir, "nginx"))
			.filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
			.findFirst();
	}

	static NginxFront start(Path nginx, Path directory, List<Integer> instancePorts)
			throws IOException, InterruptedException {
		int port = PortalInstance.freePort();
		Path prefix = Files.createDirectories(directory.resolve("nginx"));
		Path accessLog = prefix.resolve("access.log");
		String servers = instancePorts.stream()
			.map(instance -> "server 127.0.0.1:" + instance + " max_fails=1 fail_timeout=" + RETRY_DOWN_AFTER_SECONDS
					+ "s;")
			.collect(Collectors.joining(" "));
		Files.writeString(prefix.resolve("portal.conf"), render(Files.readString(TEMPLATE, StandardCharsets.UTF_8),
				Map.of("PORTAL_UPSTREAM_SERVERS", servers, "PORTAL_LISTEN", "127.0.0.1:" + port, "PORTAL_ACCESS_LOG",
						accessLog.toString())));
		Path config = prefix.resolve("nginx.conf");
		Files.writeString(config, """
				daemon off;
				worker_processes 1;
				%s
				pid %s/nginx.pid;
				error_log %s/error.log info;
				events { worker_connections 256; }
				http {
				    client_body_temp_path %s/client_body;
				    proxy_temp_path %s/proxy;
				    fastcgi_temp_path %s/fastcgi;
				    uwsgi_temp_path %s/uwsgi;
				    scgi_temp_path %s/scgi;
				    include %s/portal.conf;
				}
				""".formatted("root".equals(System.getProperty("user.name")) ? "user root;" : "", prefix, prefix, prefix,
				prefix, prefix, prefix, prefix, prefix));
		Path output = prefix.resolve("nginx.out");
		Process check = new ProcessBuilder(nginx.toString(), "-t", "-p", prefix.toString(), "-e",
				prefix.resolve("error.log").toString(), "-c", config.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
			throw new IllegalStateException("nginx refused the rendered template:\n" + Files.readString(output));
		}
		Process process = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-e",
				prefix.resolve("error.log").toString(), "-c", config.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		NginxFront front = new NginxFront(port, accessLog, process);
		front.awaitListening();
		return front;
	}

	/** As the nginx image's envsubst step: {@code ${NAME}} of the given names only; nginx's own $variables stay. */
	static String render(String template, Map<String, String> values) {
		String rendered = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			rendered = rendered.replace("${" + value.getKey() + "}", value.getValue());
		}
		return rendered;
	}

	private void awaitListening() throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException notYet) {
				if (!process.isAlive()) {
					throw new IllegalStateException("nginx stopped at start");
				}
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx not listening on " + port);
	}

	/** Every request nginx logged: the status and the instance address that answered it. */
	List<Logged> requests() throws IOException {
		return Files.readAllLines(accessLog, StandardCharsets.UTF_8).stream().map(Logged::parse).toList();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor(10, TimeUnit.SECONDS);
	}

	/** One access-log line (the template's {@code portal} format). */
	record Logged(String request, int status, String upstream) {

		static Logged parse(String line) {
			String request = line.substring(line.indexOf('"') + 1, line.indexOf('"', line.indexOf('"') + 1));
			String after = line.substring(line.indexOf('"', line.indexOf('"') + 1) + 2);
			int status = Integer.parseInt(after.substring(0, 3));
			int from = line.indexOf("upstream=\"") + "upstream=\"".length();
			String upstream = line.substring(from, line.indexOf('"', from));
			return new Logged(request, status, upstream);
		}

		/** The instance port that answered, the last tried when nginx tried more than one ("a:1, b:2"). */
		int answeredBy() {
			return Integer.parseInt(upstream.substring(upstream.lastIndexOf(':') + 1));
		}

		/** Whether nginx first tried an instance that did not answer. */
		boolean retried() {
			return upstream.contains(",");
		}

	}

}
