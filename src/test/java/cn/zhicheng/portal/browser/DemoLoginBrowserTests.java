package cn.zhicheng.portal.browser;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Signs in as each demo account in a real (headless) Chromium, as a person would: the role's home page opens, in
 * Chinese although the browser asks for English, with the person's name in the header, on a desktop and a phone
 * screen; then signs out. Screenshots land in {@code target/screenshots/} for a human to look at.
 *
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} (and {@code fonts-noto-cjk}, or the screenshots show
 * boxes for Chinese). Without them the tests are skipped, except on CI ({@code CI=true}) where they fail.
 */
class DemoLoginBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "{0} lands on {1}")
	@CsvSource({ "demo-applicant, /applicant, 申报人工作台,       李明",
			"demo-unit,      /unit,      单位工作台,         陈晓华",
			"demo-county,    /county,    县（市、区）工作台, 黄志强",
			"demo-city,      /city,      市级工作台,         周敏",
			"demo-admin,     /admin,     管理概览,           系统管理员" })
	void demoAccountSignsInSeesHomeAndSignsOut(String username, String home, String heading, String displayName)
			throws IOException {
		open("/login");
		assertThat(script("return navigator.language")).as("the browser asks for English")
			.isEqualTo("en-US");
		signIn(username, PASSWORD);
		waitForPath(home);

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(browser.findElement(By.cssSelector("header .account-bar__who strong")).getText())
			.isEqualTo(displayName);
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
		screenshot(username);

		browser.manage().window().setSize(new Dimension(375, 812));
		waitUntil(driver -> ((Number) script("return window.innerWidth")).intValue() <= 375);
		screenshot(username + "-phone");
		long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
		long innerWidth = ((Number) script("return window.innerWidth")).longValue();
		assertThat(scrollWidth).as("page width on a 375 px phone (no horizontal scroll)").isLessThanOrEqualTo(innerWidth);

		browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")).click();
		waitForPath("/login");
		assertThat(browser.findElements(By.cssSelector("form[action$='/logout']"))).as("signed out").isEmpty();
	}

	@ParameterizedTest(name = "{0} opens {1}")
	@CsvSource({ "demo-applicant, /applicant/unit?q=清城, 人事管理单位,       applicant-unit",
			"demo-applicant, /applicant/profile,    个人信息,           applicant-profile",
			"demo-applicant, /applicant/records,    我的档案记录,      applicant-records",
			"demo-unit,      /unit/staff,           本单位申报人,       unit-staff",
			"demo-county,    /units/approvals,      单位审核,           county-approvals",
			"demo-admin,     /admin/users,          用户管理,           admin-users",
			"demo-admin,     /admin/notifications,  发送记录,           admin-notifications",
			"demo-admin,     /admin/calendar?year=2026, 工作日历,       admin-calendar",
			"demo-admin,     /admin/catalog,        系列与专业,         admin-catalog",
			"demo-admin,     /admin/committees,     评委会管理,         admin-committees",
			"demo-admin,     /admin/routing,        评审路由,           admin-routing",
			"demo-admin,     /admin/content,        栏目内容管理,       admin-content" })
	void eachRoleOpensItsWorkPages(String username, String path, String heading, String shot) throws IOException {
		open("/login");
		signIn(username, PASSWORD);
		waitUntil(driver -> !URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
		browser.get("http://localhost:" + port + path);
		waitForPath(URI.create(path).getPath());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("13800000001");
		screenshot(shot);
	}

	@Test
	void wrongPasswordExplainsInChineseAndKeepsTheUsername() throws IOException {
		open("/login");
		signIn("demo-applicant", "not-the-password");
		waitUntil(driver -> !driver.findElements(By.id("login-error")).isEmpty());

		WebElement error = browser.findElement(By.id("login-error"));
		assertThat(error.getDomAttribute("role")).isEqualTo("alert");
		assertThat(error.getText()).contains("用户名或密码不正确");
		WebElement username = browser.findElement(By.id("username"));
		assertThat(username.getDomProperty("value")).isEqualTo("demo-applicant");
		assertThat(username.getDomAttribute("aria-describedby")).isEqualTo("login-error");
		assertThat(username.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("password")).getDomProperty("value")).as("password not echoed").isEmpty();
		screenshot("login-error");
	}

	@Test
	void firstTabFromThePageStartReachesTheSkipLink() {
		open("/login");
		new Actions(browser).sendKeys(Keys.TAB).perform();

		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getTagName()).isEqualTo("a");
		assertThat(focused.getText()).isEqualTo("跳到主要内容");
		assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
		assertThat(focused.isDisplayed()).as("skip link visible when focused").isTrue();
		assertThat(focused.getLocation().getX()).as("skip link on screen when focused").isGreaterThanOrEqualTo(0);
	}

}
