package cn.zhicheng.portal.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.Readiness;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.catalog.ReviewYears;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

		open("/city/committee-sessions/new");
		new Select(browser.findElement(By.id("committeeId")))
			.selectByVisibleText("清远市工程系列生态环境专业中级职称评审委员会");
		WebElement year = browser.findElement(By.id("reviewYear"));
		year.clear();
		year.sendKeys(String.valueOf(ReviewYears.current(LocalDate.now(clock))));
		script("document.getElementById('heldOn').value = arguments[0]", LocalDate.now(clock).toString());
		browser.findElement(By.id("chair")).sendKeys("王主任");
		browser.findElement(By.id("membersTotal")).sendKeys("9");
		browser.findElement(By.id("membersPresent")).sendKeys("9");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitUntil(driver -> driver.getCurrentUrl().matches(".*/city/committee-sessions/\\d+$"));
		browser.findElement(By.id("agree-" + id)).sendKeys("7");
		browser.findElement(By.id("disagree-" + id)).sendKeys("1");
		browser.findElement(By.id("abstain-" + id)).sendKeys("1");
		screenshot("chain-05-vote");
		browser.findElement(By.id("agree-" + id)).submit();
		waitUntil(driver -> "PASSED".equals(jdbc.queryForObject("select status from application where id = ?",
				String.class, id)));
		screenshot("chain-06-voted");
		browser.findElement(By.cssSelector("form[action$='/publish'] button[type=submit]")).click();
		waitUntil(driver -> Boolean.TRUE.equals(jdbc.queryForObject(
				"select bool_or(published_at is not null) from committee_session", Boolean.class))
				&& "complete".equals(script("return document.readyState")));
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
		int year = ReviewYears.current(LocalDate.now(clock));
		List<Long> existing = jdbc.queryForList("""
				select id from application where applicant_id = ? and type = 'EVALUATION' and review_year = ?
				  and status = 'SUBMITTED'""", Long.class, applicant.id(), year);
		if (!existing.isEmpty()) {
			return existing.getFirst();
		}
		long id = applications.start(applicant, ApplicationType.EVALUATION, year);
		applications.chooseUnit(applicant, id, version(id));
		applications.savePersonal(applicant.id(), id, version(id), new PersonalAnswers(LocalDate.of(2010, 7, 15),
				"生态环境监测", null, "助理工程师", TitleLevel.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2021, 3, 10),
				2020, null, null));
		choose(applicant, id, RecordKind.EDUCATION, records.educations(applicant.id()));
		choose(applicant, id, RecordKind.WORK, records.work(applicant.id()));
		choose(applicant, id, RecordKind.TRAINING, records.trainings(applicant.id()));
		choose(applicant, id, RecordKind.APPRAISAL, records.appraisals(applicant.id()));
		choose(applicant, id, RecordKind.ACHIEVEMENT, records.achievements(applicant.id()));
		applications.saveDeclaration(applicant.id(), id, version(id), new DeclarationAnswers(
				jdbc.queryForObject("select id from title_series where code = 'ENGINEERING'", Long.class),
				jdbc.queryForObject("select id from specialty where name = '生态环境监测'", Long.class),
				TitleLevel.INTERMEDIATE,
				jdbc.queryForObject("select id from committee where name = '清远市工程系列生态环境专业中级职称评审委员会'",
						Long.class),
				Route.NORMAL, null, null, null, null, null, null, null, null, null));
		Readiness readiness = applications.submit(applicant, id, version(id));
		assertThat(readiness.problems()).isEmpty();
		return id;
	}

	private <T extends cn.zhicheng.portal.records.RecordEntry> void choose(PortalUser applicant, long id,
			RecordKind kind, List<StoredRecord<T>> rows) {
		List<Long> ids = rows.stream().map(StoredRecord::id).toList();
		FilingStep step = switch (kind) {
			case EDUCATION, WORK -> FilingStep.EDUCATION;
			case TRAINING -> FilingStep.TRAINING;
			case APPRAISAL -> FilingStep.APPRAISAL;
			case ACHIEVEMENT -> FilingStep.ACHIEVEMENTS;
		};
		applications.saveSelection(applicant.id(), id, version(id), step, kind, Set.copyOf(ids), ids);
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from application where id = ?", Long.class, id);
	}

	private void as(String username) {
		browser.manage().deleteAllCookies();
		open("/login");
		signIn(username, PASSWORD);
		waitUntil(driver -> !driver.getCurrentUrl().endsWith("/login"));
	}

	private static String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

}
