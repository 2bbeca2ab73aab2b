package cn.zhicheng.portal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian {@code chromium} + {@code chromium-driver} pair, found on this machine and started headless with no
 * network side trips: the driver path is given explicitly so Selenium Manager never runs (it would try to download a
 * browser and driver). Override the lookup with {@code -Dportal.test.chromium=/path} and
 * {@code -Dportal.test.chromedriver=/path}; an override that points nowhere counts as "not found".
 *
 * @param browser the Chromium (or Chrome) executable
 * @param driver the matching chromedriver executable
 */
public record Chromium(Path browser, Path driver) {

	static final String BROWSER_PROPERTY = "portal.test.chromium";

	static final String DRIVER_PROPERTY = "portal.test.chromedriver";

	public static final String INSTALL_HINT = "apt-get install chromium chromium-driver fonts-noto-cjk";

	private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
			"google-chrome-stable");

	/** The browser and driver of this machine, or empty when either is missing. */
	public static Optional<Chromium> find() {
		Optional<Path> browser = locate(BROWSER_PROPERTY, Stream
			.concat(Stream.of(Paths.get("/usr/bin/chromium")), BROWSER_NAMES.stream().flatMap(Chromium::onPath))
			.toList());
		Optional<Path> driver = locate(DRIVER_PROPERTY,
				Stream.concat(Stream.of(Paths.get("/usr/bin/chromedriver")), onPath("chromedriver")).toList());
		return (browser.isPresent() && driver.isPresent()) ? Optional.of(new Chromium(browser.get(), driver.get()))
				: Optional.empty();
	}

	/** What was looked for, for the skip or failure message. */
	public static String searched() {
		return "looked for " + Optional.ofNullable(System.getProperty(BROWSER_PROPERTY))
			.orElse("/usr/bin/chromium or " + String.join("/", BROWSER_NAMES) + " on PATH") + " and "
				+ Optional.ofNullable(System.getProperty(DRIVER_PROPERTY))
					.orElse("/usr/bin/chromedriver or chromedriver on PATH");
	}

	/**
	 * Starts a headless browser with a fresh profile that asks for English pages (the portal must answer in Chinese
	 * all the same) in a 1280x900 window.
	 */
	public Session start() {
		// Belt and braces: with the driver path given Selenium Manager is not called, and if it ever were it must not
		// send statistics or go online.
		System.setProperty("SE_AVOID_STATS", "true");
		System.setProperty("SE_OFFLINE", "true");
		Path profile;
		try {
			profile = Files.createTempDirectory("portal-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(this.browser.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(this.driver.toFile())
			.usingAnyFreePort()
			.withLogFile(new File("target/chromedriver.log"))
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().window().setSize(new Dimension(1280, 900));
			return new Session(driver, service, profile);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteQuietly(profile);
			throw ex;
		}
	}

	private static Optional<Path> locate(String property, List<Path> candidates) {
		String override = System.getProperty(property);
		if (override != null && !override.isBlank()) {
			return Optional.of(Paths.get(override)).filter(Chromium::isExecutable);
		}
		return candidates.stream().filter(Chromium::isExecutable).findFirst();
	}

	private static Stream<Path> onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Stream.empty();
		}
		return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank()).map(dir -> Paths.get(dir, name));
	}

	private static boolean isExecutable(Path file) {
		return Files.isRegularFile(file) && Files.isExecutable(file);
	}

	private static void deleteQuietly(@Nullable Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// a leftover temp profile is harmless
		}
	}

	/** A running browser; {@link #close()} quits it, stops the driver and removes the temporary profile. */
	public record Session(ChromeDriver driver, ChromeDriverService service, Path profile) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.driver.quit();
			}
			finally {
				this.service.stop();
				deleteQuietly(this.profile);
			}
		}

	}

}
