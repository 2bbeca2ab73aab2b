package cn.zhicheng.portal.browser;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.Filers;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.catalog.ReviewYears;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10, "masked in every view, export and log": a new person registers, files and goes through the unit (with a
 * public objection that leaves a phone number), county and city to a pass and a certificate, with the lookups,
 * exports, committee pack and administrator pages on the way. The HTML of every page, the text of every download and
 * every log line of the application meanwhile (with the portal's and the dispatcher's loggers at DEBUG, which write
 * each request's address) are searched for the full ID and mobile numbers of every account in the database and of
 * the objector, in any writing. Only the {@link #ALLOWED} places may hold one, and each must.
 */
class FullNumbersBrowserTests extends BrowserTestSupport {

	/** Where a full number is the point, and why; each is visited, so each must show one (the search works). */
	static final Map<Pattern, String> ALLOWED = new LinkedHashMap<>();
	static {
		ALLOWED.put(Pattern.compile("export /(applicant|unit|county|city)/applications/\\d+/review-form\\.pdf"),
				"《广东省职称评审表》 一、基本情况 prints 身份证号 (DOMAIN.md §6.3) and 联系电话: the applicant signs it and "
						+ "each reviewer checks it against the ID card and the paper set (the committee pack masks both)");
		ALLOWED.put(Pattern.compile("page POST /unit/staff/\\d+/reveal"),
				"the unit officer's explicit 查看完整号码 of one applicant of the unit, audited before it is shown");
		ALLOWED.put(Pattern.compile("page POST /password-reset/code"),
				"找回密码 step 2 keeps the mobile the visitor typed in their own form (the field and the hidden copy the "
						+ "reset posts back): an echo of their typing, which tells them nothing new");
	}

	private static final String OWN_PASSWORD = "Numbers#2026";

	@Autowired
	ApplicationService applications;

	@Autowired
	PersonalRecords records;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	/** What was seen, by place ("page GET /unit/staff", "export /city/queue/export.csv"). */
	private final List<Map.Entry<String, String>> pages = new ArrayList<>();

	private final List<Map.Entry<String, String>> exports = new ArrayList<>();

	@Test
	void noPageExportOrLogLineOfAWholeJourneyShowsAFullIdOrMobileNumber() throws Exception {
		int n = People.next();
		String idNumber = idNumberEndingInX();
		String mobile = People.mobile(n);
		String objectorMobile = People.mobile(People.next());
		String username = People.username("numbers", n);
		EvaluationFiles files = new EvaluationFiles(applications, records, jdbc, clock);
		List<String> logLines;
		long id;
		try (CapturedLog log = CapturedLog.attach()) {
			PortalUser applicant = register(username, mobile, idNumber);
			id = file(applicant, files);
			unitRunsTheNotice(id, applicant, objectorMobile);
			countyAndCityPass(id, files);
			lookupsAndTheHolder(id, username, idNumber, mobile);
			administrator();
			logLines = log.lines();
		}

		Disclosures search = new Disclosures();
		search.idNumber(idNumber);
		search.mobile(mobile);
		search.mobile(objectorMobile);
		PersonalNumbers numbers = PersonalNumbers.using(jdbc);
		jdbc.query("select id_number_sealed, mobile_sealed from user_account", row -> {
			if (row.getString(1) != null) {
				search.idNumber(numbers.open(row.getString(1)));
			}
			if (row.getString(2) != null) {
				search.mobile(numbers.open(row.getString(2)));
			}
		});
		assertThat(search.in("x １３９" + mobile.substring(3, 7) + " " + mobile.substring(7) + " "
				+ idNumber.substring(0, 6) + "-" + idNumber.substring(6, 17) + "x"))
			.as("the search reads spaced, hyphenated, full-width and lower-case writings").hasSize(2);

		List<String> leaks = new ArrayList<>();
		Map<Pattern, Integer> allowedHits = new LinkedHashMap<>();
		ALLOWED.keySet().forEach(place -> allowedHits.put(place, 0));
		List<Map.Entry<String, String>> seen = new ArrayList<>(pages);
		seen.addAll(exports);
		logLines.forEach(line -> seen.add(Map.entry("log", line)));
		for (Map.Entry<String, String> place : seen) {
			List<String> found = search.in(place.getValue());
			if (found.isEmpty()) {
				continue;
			}
			Pattern allowed = ALLOWED.keySet().stream().filter(p -> p.matcher(place.getKey()).matches()).findFirst()
				.orElse(null);
			if (allowed != null) {
				allowedHits.merge(allowed, 1, Integer::sum);
			}
			else {
				leaks.add(place.getKey() + ": " + found + (place.getKey().equals("log") ? " in " + masked(place) : ""));
			}
		}
		assertThat(leaks).as("full numbers where they must be masked").isEmpty();
		assertThat(allowedHits).as("every allowed place was visited and shows the full number").allSatisfy(
				(place, hits) -> assertThat(hits).as(place.pattern()).isPositive());
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where action = 'REVEAL_PERSONAL_NUMBERS' and subject_id = ?""",
				Long.class, jdbc.queryForObject("select id from user_account where username = ?", Long.class, username)))
			.as("the reveal is audited").isOne();
		assertThat(pages.size()).isGreaterThan(40);
		System.out.println("full numbers: " + pages.size() + " pages, " + exports.size() + " exports, "
				+ logLines.size() + " log lines scanned, " + leaks.size() + " full ID or mobile numbers ("
				+ ALLOWED.size() + " allowed places; " + search.known() + " numbers of people searched for)");
	}

	/** Registers in the browser, chooses the demo unit; the records and photo come through the services. */
	private PortalUser register(String username, String mobile, String idNumber) throws IOException {
		open("/register");
		type("username", username);
		type("password", OWN_PASSWORD);
		type("confirmPassword", OWN_PASSWORD);
		type("mobile", mobile);
		browser.findElement(By.id("username")).click();
		liveCheckSays("mobile", "手机号码格式正确");
		capture();
		submit();
		waitForPath("/register/details");
		type("realName", "欧阳号");
		type("idNumber", idNumber.toLowerCase(Locale.ROOT));
		browser.findElement(By.id("realName")).click();
		liveCheckSays("idNumber", "身份证号有效");
		new Select(browser.findElement(By.id("education"))).selectByValue("MASTER");
		capture();
		submit();
		waitForPath("/register/security");
		browser.findElement(By.cssSelector("form[action$='/register/code'] button")).click();
		waitForPath("/register/security");
		capture();
		type("code", People.lastCodeSentTo(inbox, mobile));
		submit();
		waitForPath("/login");
		signIn(username, OWN_PASSWORD);
		waitForPath("/applicant");
		capture();
		browser.get(url("/applicant/unit?q=" + "清城区环境监测站"));
		capture();
		browser.findElement(By.cssSelector("form[action$='/applicant/unit/choose'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("notice--success"));
		capture();
		PortalUser applicant = (PortalUser) users.loadUserByUsername(username);
		new Filers(accounts, users, records, jdbc).completeRecords(applicant.id());
		visit("/applicant/records");
		visit("/applicant/profile");
		return applicant;
	}

	/** Filed through the services, checked and submitted in the browser, with the applicant's review form. */
	private long file(PortalUser applicant, EvaluationFiles files) throws IOException {
		long id = files.filed(applicant);
		String base = "/applicant/applications/" + id;
		visit(base + "/steps/personal");
		visit(base + "/steps/review-form");
		download(base + "/review-form.pdf");
		download(base + "/checklist.pdf");
		visit(base + "/steps/submit");
		browser.findElement(By.id("confirmed")).click();
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForPath(base);
		capture();
		visit("/applicant/applications");
		return id;
	}

	/** 评前公示 with an objection from the public (with a phone number), resolved; the audited reveal; 报送. */
	private void unitRunsTheNotice(long id, PortalUser applicant, String objectorMobile) throws Exception {
		switchTo("demo-unit", PASSWORD);
		visit("/unit/queue");
		download("/unit/queue/export.csv");
		download("/unit/queue/export.xlsx");
		visit("/unit/applications/" + id);
		browser.findElement(By.cssSelector("form[action$='/notice'] button[type=submit]")).click();
		waitUntil(driver -> driver.getPageSource().contains("评前公示已开始"));
		capture();
		visit("/unit/staff");
		browser.findElement(By.cssSelector("form[action$='/unit/staff/" + applicant.id() + "/reveal'] button")).click();
		waitForPath("/unit/staff/" + applicant.id() + "/reveal");
		capture("page POST /unit/staff/" + applicant.id() + "/reveal");

		browser.manage().deleteAllCookies();
		visit("/notices");
		visit("/notices/" + id);
		long shown = System.nanoTime();
		browser.findElement(By.id("text")).sendKeys("申报人的业绩材料与实际不符，请核实。");
		type("contactName", "周先生");
		type("contactPhone", objectorMobile);
		Thread.sleep(Math.max(0, 3_200 - (System.nanoTime() - shown) / 1_000_000));
		browser.findElement(By.cssSelector("form[action$='/objections'] button[type=submit]")).click();
		waitUntil(driver -> driver.findElements(By.cssSelector(".notice--success")).size() > 0);
		capture();

		switchTo("demo-unit", PASSWORD);
		visit("/unit/applications/" + id);
		assertThat(browser.findElement(By.cssSelector(".objections")).getText())
			.contains(objectorMobile.substring(0, 3) + "****" + objectorMobile.substring(7));
		visit("/unit/applications/" + id + "/objections");
		WebElement resolution = browser.findElement(By.cssSelector(".objections textarea[name=resolution]"));
		resolution.sendKeys("经核实，业绩材料与原件一致，异议不成立。");
		resolution.submit();
		waitForPath("/unit/applications/" + id);
		capture();
		jdbc.update("update application set notice_starts_on = notice_starts_on - 30, notice_ends_on = ? where id = ?",
				LocalDate.now(clock).minusDays(1), id);
		visit("/unit/applications/" + id);
		browser.findElement(By.cssSelector("form[action$='/forward'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已报送"));
		capture();
		download("/unit/notices/export.csv?year=" + year());
	}

	private void countyAndCityPass(long id, EvaluationFiles files) throws Exception {
		switchTo("demo-county", PASSWORD);
		visit("/county/queue");
		visit("/county/applications/" + id);
		download("/county/applications/" + id + "/review-form.pdf");
		browser.findElement(By.cssSelector("form[action$='/forward'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已报送"));
		capture();
		download("/county/queue/export.xlsx");

		switchTo("demo-city", PASSWORD);
		visit("/city/queue");
		visit("/city/applications/" + id);
		browser.findElement(By.cssSelector("form[action$='/accept'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已受理。"));
		browser.findElement(By.cssSelector("form[action$='/committee-review'] button")).click();
		waitUntil(driver -> driver.getPageSource().contains("已提交评委会评审"));
		capture();
		CommitteeDesk.sessionPasses(id, EvaluationFiles.COMMITTEE, year(), LocalDate.now(clock), jdbc, "numbers");
		capture();
		// The 评后公示 of five working days ends: moved into the past rather than waited for.
		jdbc.update("""
				update committee_session set result_notice_starts_on = result_notice_starts_on - 30,
				       result_notice_ends_on = ? where id = (select session_id from committee_vote where application_id = ?)""",
				LocalDate.now(clock).minusDays(1), id);
		visit("/city/applications/" + id);
		browser.findElement(By.cssSelector("form[action*='/city/certificates/issue/'] button")).click();
		waitUntil(driver -> jdbc.queryForObject("select count(*) from certificate where application_id = ?",
				Long.class, id) == 1);
		capture();
		download("/city/queue/export.csv");
		download("/city/results/export.xlsx?year=" + year());
		download("/city/notices/export.xlsx?year=" + year());
		visit("/city/exports");
		new Select(browser.findElement(By.id("pack-committee"))).selectByValue(String.valueOf(files.committee()));
		new Select(browser.findElement(By.id("pack-year"))).selectByValue(String.valueOf(year()));
		type("pack-recipient", "王专家");
		browser.findElement(By.cssSelector("form[action$='/committee-packs'] button[type=submit]")).click();
		waitUntil(driver -> !driver.findElements(By.cssSelector("#export-jobs tr.is-new [data-job-download]")).isEmpty()
				&& driver.findElement(By.cssSelector("#export-jobs tr.is-new [data-job-download]")).isDisplayed());
		capture();
		download(URI.create(browser.findElement(By.cssSelector("#export-jobs tr.is-new [data-job-download]"))
			.getAttribute("href")).getPath());
		visit("/city/dashboard");
	}

	/** Public pages as anyone sees them, 找回密码, then the holder's own pages and certificate. */
	private void lookupsAndTheHolder(long id, String username, String idNumber, String mobile) throws IOException {
		browser.manage().deleteAllCookies();
		visit("/results");
		browser.findElement(By.cssSelector("main a[href^='/results/']")).click();
		waitUntil(driver -> driver.getCurrentUrl().matches(".*/results/\\d+$"));
		capture();
		visit("/certificates/lookup");
		type("idHolderName", "欧阳号");
		type("idNumber", idNumber);
		browser.findElement(By.cssSelector("form:has(input[name=by][value=id]) button[type=submit]")).click();
		waitUntil(driver -> !driver.findElements(By.id("results-heading")).isEmpty());
		capture();

		visit("/password-reset");
		type("username", username);
		type("mobile", mobile);
		browser.findElement(By.cssSelector("form[action$='/password-reset/code'] button")).click();
		waitForPath("/password-reset/code");
		capture("page POST /password-reset/code");

		switchTo(username, OWN_PASSWORD);
		visit("/applicant/applications/" + id);
		visit("/applicant/certificates");
		download(URI.create(browser.findElement(By.cssSelector("main table a[href$='.pdf']")).getAttribute("href"))
			.getPath());
		visit("/applicant/profile");
	}

	private void administrator() throws IOException {
		switchTo("demo-admin", PASSWORD);
		visit("/admin/users?q=" + "欧阳号");
		browser.findElement(By.cssSelector("main table a[href^='/admin/users/']")).click();
		waitUntil(driver -> driver.getCurrentUrl().matches(".*/admin/users/\\d+$"));
		capture();
		visit("/admin/audit");
		visit("/admin/notifications");
		visit("/admin/dashboard");
		download("/admin/results/export.csv?year=" + year());
	}

	/** A valid ID number from {@link People} whose check character is X, so a lower-case x can be tried. */
	private static String idNumberEndingInX() {
		for (int i = 0; i < 200; i++) {
			String candidate = People.idNumber(People.next());
			if (candidate.endsWith("X")) {
				return candidate;
			}
		}
		throw new AssertionError("no ID number ending in X among 200");
	}

	private int year() {
		return ReviewYears.current(LocalDate.now(clock));
	}

	private void visit(String pathAndQuery) {
		browser.get(url(pathAndQuery));
		waitForPath(URI.create(url(pathAndQuery)).getPath());
		capture();
	}

	/** The page the browser shows, named by its address (a GET, unless it answered a form). */
	private void capture() {
		capture("page GET " + URI.create(browser.getCurrentUrl()).getPath());
	}

	private void capture(String place) {
		pages.add(Map.entry(place, browser.getPageSource()));
	}

	private void download(String pathAndQuery) {
		byte[] bytes = fetch(url(pathAndQuery));
		assertThat(bytes).as(pathAndQuery).isNotEmpty();
		exports.add(Map.entry("export " + URI.create(url(pathAndQuery)).getPath(), ExportText.of(bytes)));
	}

	private String url(String pathAndQuery) {
		return "http://localhost:" + this.port + pathAndQuery;
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void submit() {
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
	}

	/** The live check (static/js/live-validation.js) answered beside the field: it posted the value and got a reply. */
	private static void liveCheckSays(String field, String answer) {
		waitUntil(driver -> driver.findElement(By.id(field + "-feedback")).getText().contains(answer));
	}

	/** A log line named in a failure with the numbers in it masked, so the failure report does not leak them. */
	private static String masked(Map.Entry<String, String> line) {
		String text = line.getValue().length() > 300 ? line.getValue().substring(0, 300) : line.getValue();
		return text.replaceAll("[0-9Xx]{6,}", "******");
	}

}
