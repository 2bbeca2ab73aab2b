package cn.zhicheng.portal.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.Readiness;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.catalog.ReviewYears;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One file of demo-applicant through demo-unit (审核通过 → 评前公示 → 报送), demo-county (报送) and demo-city (受理 →
 * 提交评委会 → a committee session and its vote) to a recorded pass, each reviewer in a real browser; then the
 * applicant sees the result and every step in the timeline. The file is filed through the services: the wizard has
 * its own browser test.
 */
class ReviewChainBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationService applications;

	@Autowired
	PersonalRecords records;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aFileGoesFromTheApplicantThroughUnitCountyAndCityToARecordedPass() throws Exception {
		long id = submittedEvaluation();
		String number = jdbc.queryForObject("select number from application where id = ?", String.class, id);

		as("demo-unit");
		open("/unit/queue");
		browser.findElement(By.linkText(number)).click();
		waitForPath("/unit/applications/" + id);
		assertThat(text("main")).contains("李明").contains("审核通过，开始评前公示");
		screenshot("chain-01-unit-file");
		browser.findElement(By.cssSelector("form[action$='/notice'] button[type=submit]")).click();
		waitUntil(driver -> driver.getPageSource().contains("评前公示已开始"));
		assertThat(text(".status")).isEqualTo("单位评前公示中");
		open("/notices/" + id);
		assertThat(text("main")).contains("李明").contains("清远市清城区环境监测站").doesNotContain("441802198803151239")
			.doesNotContain("13800000001");
		screenshot("chain-02a-public-notice");
		browser.get(browser.getCurrentUrl().replaceAll("/notices/.*$", "/unit/applications/" + id));
		browser.findElement(By.cssSelector("form[action$='/forward'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("评前公示尚未期满"));
		screenshot("chain-02-notice-running");
		// Five working days pass: the notice is moved into the past rather than waiting a week.
		jdbc.update("update application set notice_starts_on = notice_starts_on - 30, notice_ends_on = ? where id = ?",
				LocalDate.now(clock).minusDays(1), id);
		browser.navigate().refresh();
		browser.findElement(By.cssSelector("form[action$='/forward'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已报送"));
		assertThat(text(".status")).isEqualTo("县（市、区）人社部门审核中");

		as("demo-county");
		open("/county/queue");
		browser.findElement(By.linkText(number)).click();
		waitForPath("/county/applications/" + id);
		screenshot("chain-03-county-file");
		browser.findElement(By.cssSelector("form[action$='/forward'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已报送"));

		as("demo-city");
		open("/city/queue");
		assertThat(text("main table")).contains(number).contains("清远市工程系列生态环境专业中级职称评审委员会");
		screenshot("chain-04-city-queue");
		browser.findElement(By.linkText(number)).click();
		waitForPath("/city/applications/" + id);
		browser.findElement(By.cssSelector("form[action$='/accept'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已受理。"));
		browser.findElement(By.cssSelector("form[action$='/committee-review'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已提交评委会评审"));

		CommitteeDesk.sessionPasses(id, EvaluationFiles.COMMITTEE, ReviewYears.current(LocalDate.now(clock)),
				LocalDate.now(clock), jdbc, "chain-05");
		open("/results");
		assertThat(text("main")).contains("清远市工程系列生态环境专业中级职称评审委员会");
		browser.findElement(By.cssSelector("main a[href^='/results/']")).click();
		waitUntil(driver -> driver.getPageSource().contains("李明"));
		screenshot("chain-06a-result-notice");

		as("demo-applicant");
		open("/applicant/applications/" + id);
		assertThat(text(".status")).isEqualTo("评审通过");
		assertThat(text("main .timeline")).contains("单位审核通过，开始评前公示")
			.contains("报送县（市、区）人社部门")
			.contains("报送市人社局 / 评委会办公室")
			.contains("受理")
			.contains("评审通过");
		screenshot("chain-07-applicant-passed");
	}

	/**
	 * demo-applicant's evaluation of the review year being filed today, submitted: the one the wizard's browser test
	 * left, or a new one filed through the services.
	 */
	private long submittedEvaluation() {
		PortalUser applicant = (PortalUser) users.loadUserByUsername("demo-applicant");
		EvaluationFiles files = new EvaluationFiles(applications, records, jdbc, clock);
		List<Long> existing = jdbc.queryForList("""
				select id from application where applicant_id = ? and type = 'EVALUATION' and review_year = ?
				  and status = 'SUBMITTED'""", Long.class, applicant.id(), files.year());
		if (!existing.isEmpty()) {
			return existing.getFirst();
		}
		long id = files.filed(applicant);
		Readiness readiness = applications.submit(applicant, id, files.version(id));
		assertThat(readiness.problems()).isEmpty();
		return id;
	}

	private void as(String username) {
		switchTo(username, PASSWORD);
	}

	private static String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

}
