package cn.zhicheng.portal.browser;

import java.io.IOException;
import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.jdbc.core.JdbcTemplate;

import static cn.zhicheng.portal.browser.BrowserTestSupport.browser;
import static cn.zhicheng.portal.browser.BrowserTestSupport.screenshot;
import static cn.zhicheng.portal.browser.BrowserTestSupport.script;
import static cn.zhicheng.portal.browser.BrowserTestSupport.waitUntil;

/**
 * The city reviewer's committee work in the browser, for a file already 提交评委会评审: a session of the committee
 * held today, a vote that passes the file (7 for, 1 against, 1 abstaining of 9), and the result notice published.
 */
final class CommitteeDesk {

	private CommitteeDesk() {
	}

	/** Run by a signed-in city reviewer; screenshots are named after {@code shots}. */
	static void sessionPasses(long applicationId, String committee, int year, LocalDate today, JdbcTemplate jdbc,
			String shots) throws IOException {
		browser.get(browser.getCurrentUrl().replaceAll("(//[^/]+).*$", "$1/city/committee-sessions/new"));
		new Select(browser.findElement(By.id("committeeId"))).selectByVisibleText(committee);
		WebElement reviewYear = browser.findElement(By.id("reviewYear"));
		reviewYear.clear();
		reviewYear.sendKeys(String.valueOf(year));
		script("document.getElementById('heldOn').value = arguments[0]", today.toString());
		browser.findElement(By.id("chair")).sendKeys("王主任");
		browser.findElement(By.id("membersTotal")).sendKeys("9");
		browser.findElement(By.id("membersPresent")).sendKeys("9");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitUntil(driver -> driver.getCurrentUrl().matches(".*/city/committee-sessions/\\d+$"));
		browser.findElement(By.id("agree-" + applicationId)).sendKeys("7");
		browser.findElement(By.id("disagree-" + applicationId)).sendKeys("1");
		browser.findElement(By.id("abstain-" + applicationId)).sendKeys("1");
		screenshot(shots + "-vote");
		browser.findElement(By.id("agree-" + applicationId)).submit();
		waitUntil(driver -> "PASSED".equals(jdbc.queryForObject("select status from application where id = ?",
				String.class, applicationId)));
		screenshot(shots + "-voted");
		String session = browser.getCurrentUrl().replaceAll("^.*/city/committee-sessions/(\\d+).*$", "$1");
		browser.findElement(By.cssSelector("form[action$='/publish'] button[type=submit]")).click();
		waitUntil(driver -> Boolean.TRUE.equals(jdbc.queryForObject(
				"select published_at is not null from committee_session where id = ?", Boolean.class,
				Long.parseLong(session))) && "complete".equals(script("return document.readyState")));
	}

}
