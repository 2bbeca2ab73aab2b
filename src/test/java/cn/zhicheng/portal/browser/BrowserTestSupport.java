package cn.zhicheng.portal.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every browser test shares: one headless Chromium per class against the portal on a random port, found on the
 * machine or skipped with a reason (failed on CI, where it must run), and the moves a person makes — open a page,
 * sign in, wait for a page, take a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	static final String PASSWORD = "Demo#2026";

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Chromium.Session session;

	static ChromeDriver browser;

	/** Why the browser tests cannot run here, or null when they can. */
	private static String unavailable;

	@LocalServerPort
	int port;

	/**
	 * Finds the browser once for the class. A missing one fails the class on CI; elsewhere each test is skipped with
	 * the reason (a skip in {@code @BeforeAll} would show up in Surefire as "Tests run: 0", with no reason given).
	 */
	@BeforeAll
	static void startBrowser() throws IOException {
		Optional<Chromium> chromium = Chromium.find();
		if (chromium.isEmpty()) {
			if ("true".equalsIgnoreCase(String.valueOf(System.getenv("CI")).trim())) {
				fail("CI=true but no Chromium found: install chromium and chromium-driver (" + Chromium.INSTALL_HINT
						+ "); " + Chromium.searched());
			}
			unavailable = "Browser test skipped: no Chromium/chromedriver found (" + Chromium.searched()
					+ "). Install them with: " + Chromium.INSTALL_HINT;
			System.err.println(unavailable);
			return;
		}
		unavailable = null;
		Files.createDirectories(SCREENSHOTS);
		session = chromium.get().start();
		browser = session.driver();
	}

	@AfterAll
	static void quitBrowser() {
		if (session != null) {
			session.close();
			session = null;
			browser = null;
		}
	}

	/** Each test starts signed out, on a desktop-sized window. */
	@BeforeEach
	void signedOutOnDesktop() {
		assumeTrue(unavailable == null, () -> unavailable);
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	void open(String path) {
		browser.get("http://localhost:" + this.port + path);
		waitForPath(path);
	}

	void signIn(String username, String password) {
		WebElement form = browser.findElement(By.cssSelector("form[action$='/login']"));
		WebElement user = form.findElement(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement secret = form.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		form.findElement(By.cssSelector("button[type=submit]")).click();
	}

	/** Signs out (the cookies go) and in as someone else, who lands wherever they land. */
	void switchTo(String username, String password) {
		browser.manage().deleteAllCookies();
		open("/login");
		signIn(username, password);
		waitUntil(driver -> !driver.getCurrentUrl().endsWith("/login"));
	}

	void waitForPath(String path) {
		try {
			waitUntil(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath())
					&& "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("expected to reach " + path + " but the browser shows " + browser.getCurrentUrl()
					+ " (h1: " + browser.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList()
					+ ", messages: " + browser.findElements(By.cssSelector(".field-error, .error, .notice, [role=alert]"))
						.stream()
						.map(WebElement::getText)
						.filter(text -> !text.isBlank())
						.toList()
					+ ")", ex);
		}
	}

	static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, WAIT).until(condition::apply);
	}

	static Object script(String code, Object... arguments) {
		return browser.executeScript(code, arguments);
	}

	/** What a link gives the signed-in browser (the session's cookies go along). */
	static byte[] fetch(String url) {
		Object base64 = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(buffer => {
				  let s = ''; const bytes = new Uint8Array(buffer);
				  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
				  done(btoa(s));
				});""", url);
		return Base64.getDecoder().decode((String) base64);
	}

	static void screenshot(String name) throws IOException {
		Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.move(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
