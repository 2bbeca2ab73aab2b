package cn.zhicheng.portal.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.content.domain.ContentService;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10, test 6: script and template injection in every text field a person fills and someone sees again. The
 * payloads of {@link XssPayloads} are stored in the applicant's name, records, file, return reasons and reviewers'
 * comments, objections, a unit's registration, a unit change request, certificate corrections and a certificate,
 * committee, catalog and announcement texts, messages and the audit log ({@link XssWorld}), typed into search boxes and
 * echoed back by forms that refuse them; then every page that shows them is opened in Chromium by every role that sees
 * it. Each page is loaded twice: once with the Content-Security-Policy switched off (DevTools
 * {@code Page.setBypassCSP}), so that any payload that reached the page as markup would run and call the {@code xss}
 * hook, raise an alert or set {@code __pwned}; and once with it on, collecting the policy's violation reports. Any
 * markup that could run (handler attributes, scripts, frames, javascript: URLs) counts as well, run or not. The
 * stored values must also show literally, so a payload that was dropped, mangled or evaluated on the server (SpEL,
 * Thymeleaf inlining or preprocessing) fails the test too.
 */
class XssBrowserTests extends BrowserTestSupport {

	/** Every payload in one value: what the search boxes and the forms that echo bad input are given. */
	private static final String ALL = XssPayloads.fitting(5000, 0);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.cache.CacheManager caches;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	PersonalRecords records;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

	@Autowired
	ContentService content;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	private XssWorld world;

	/** What went wrong, page by page; empty when the portal is safe. */
	private final List<String> executed = new ArrayList<>();

	private final List<String> notShown = new ArrayList<>();

	private final Set<String> pages = new LinkedHashSet<>();

	/** Payload number to how many times it was found shown literally on a page. */
	private final Map<Integer, Integer> shown = new TreeMap<>();

	private int reflectedFields;

	private int loads;

	record Beans(JdbcTemplate jdbc, Accounts accounts, UserDetailsService users, PersonalRecords records,
			ApplicationService applications, ReviewService reviews, ContentService content, AuditLog audit,
			Clock clock) {
	}

	@Test
	void payloadsInEveryTextFieldNeverRunOnAnyPageThatShowsThem() {
		long started = System.nanoTime();
		this.world = new XssWorld(new Beans(jdbc, accounts, users, records, applications, reviews, content, audit, clock));
		// The world writes a committee and a catalog field straight into their tables; reference data is cached per
		// instance (#9), and an earlier class may have filled the cache: read them afresh, as an edit would.
		caches.getCacheNames().forEach(name -> java.util.Objects.requireNonNull(caches.getCache(name)).clear());
		world.fileAndPlant();
		world.plantTheRest();
		world.returnWithReasons();
		Object hook = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", XssPayloads.HOOK)).get("identifier");
		try {
			applicantPages();
			world.resubmitAndStartNotice();
			publicPages();
			unitPages();
			world.forwardToCounty();
			countyPages();
			world.forwardToCity();
			cityPages();
			adminPages();
			world.notAccepted();
			as(world.applicant.getUsername());
			check("/applicant/applications/" + world.applicationId, "history.city", "return.PERSONAL");
		}
		finally {
			browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook));
			browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
		}
		int fields = world.planted.size() + reflectedFields;
		System.out.println("xss: " + XssPayloads.ALL.size() + " payloads × " + fields + " fields, " + pages.size()
				+ " pages checked in Chromium, " + executed.size() + " executed (" + loads
				+ " loads with CSP off and on; each payload shown literally on at least "
				+ shown.values().stream().mapToInt(Integer::intValue).min().orElse(0) + " pages; "
				+ (System.nanoTime() - started) / 1_000_000_000 + " s)");
		notShown.forEach(line -> System.out.println("xss: not shown: " + line));
		executed.forEach(line -> System.out.println("xss: executed: " + line));
		assertThat(executed).as("payloads that ran or reached a page as active markup").isEmpty();
		assertThat(notShown).as("stored values not shown literally where they belong").isEmpty();
		assertThat(System.getProperty(XssPayloads.SPEL_PROPERTY)).as("SpEL in data evaluated on the server").isNull();
		for (int i = 1; i <= XssPayloads.ALL.size(); i++) {
			assertThat(shown.getOrDefault(i, 0)).as("pages that showed payload %d literally", i).isGreaterThan(2);
		}
	}

	private void applicantPages() {
		as(world.applicant.getUsername());
		long id = world.applicationId;
		long owner = world.applicant.id();
		check("/applicant", "account.name");
		check("/applicant/profile", "account.name");
		check("/applicant/records", "education.school", "education.major", "work.unit", "work.position",
				"achievement.title");
		check("/applicant/records/education/" + recordId("education_record", owner) + "/edit", "education.school",
				"education.major", "education.certificate");
		check("/applicant/records/work-history/" + recordId("work_record", owner) + "/edit", "work.unit",
				"work.position", "work.content", "work.witness");
		check("/applicant/records/training/" + recordId("training_record", owner) + "/edit", "training.certificate");
		check("/applicant/records/achievement/" + recordId("achievement_record", owner) + "/edit",
				"achievement.title", "achievement.role", "achievement.level", "achievement.description");
		check("/applicant/applications");
		check("/applicant/applications/" + id, "return.PERSONAL", "return.EDUCATION", "return.TRAINING",
				"return.ACHIEVEMENTS", "return.DECLARATION");
		String steps = "/applicant/applications/" + id + "/steps/";
		check(steps + "personal", "app.specialty", "app.post", "app.title", "app.certificate", "app.authority");
		check(steps + "education", "education.school", "work.unit");
		check(steps + "training");
		check(steps + "before", "app.before");
		check(steps + "achievements", "app.work", "achievement.title");
		check(steps + "submit");
		check("/applicant/certificates", "certificate.title", "certificate.specialty");
		search("/applicant/unit", "q");
		submitted("/applicant/records/education/new", """
				document.getElementById('school').value = arguments[0];
				document.getElementById('major').value = arguments[0];
				document.querySelector('main form.card').requestSubmit();""", 2, List.of(ALL), ALL);
	}

	private void publicPages() {
		browser.manage().deleteAllCookies();
		this.role = null;
		check("/notices", "account.name");
		check("/notices/" + world.applicationId, "account.name");
		search("/notices", "q");
		check("/announcements", "content.title", "content.summary");
		check("/content/" + world.contentId, "content.title");
		search("/announcements", "q");
		submitted("/login", """
				document.getElementById('username').value = arguments[0];
				document.getElementById('password').value = 'wrong';
				document.querySelector('form[action$="/login"]').requestSubmit();""", 1, List.of(ALL), ALL);
		submitted("/certificates/lookup", """
				document.getElementById('holderName').value = arguments[0];
				document.getElementById('number').value = arguments[1];
				document.getElementById('holderName').form.requestSubmit();""", 0,
				List.of(world.value("certificate.holder"), world.value("certificate.committee"),
						world.value("certificate.issuer")),
				world.value("certificate.holder"), world.certificateNumber);
	}

	private void unitPages() {
		as("demo-unit");
		long id = world.applicationId;
		check("/unit");
		check("/unit/queue", "account.name");
		check("/unit/applications/" + id, "account.name", "education.school", "education.major", "work.unit",
				"work.position", "achievement.title", "achievement.role", "app.work", "app.specialty", "app.title");
		check("/unit/applications/" + id + "/objections", "objection.text", "objection.text2",
				"objection.resolution");
		check("/unit/change-requests", "change.reason", "account.name");
		check("/unit/staff");
	}

	private void countyPages() {
		as("demo-county");
		check("/county/queue", "account.name");
		check("/county/applications/" + world.applicationId, "account.name", "return.EDUCATION", "app.work");
		check("/units/approvals", "unit.name", "unit.address", "unit.contact");
	}

	private void cityPages() {
		as("demo-city");
		check("/city/queue", "account.name");
		check("/city/applications/" + world.applicationId, "account.name", "achievement.title");
		check("/city/certificate-corrections", "correction.holder");
		check("/city/certificate-corrections?status=RESOLVED", "correction.holder2");
		check("/city/certificate-corrections/" + world.correctionId, "correction.holder", "correction.description");
	}

	private void adminPages() {
		as("demo-admin");
		check("/admin");
		check("/admin/users?q=xss", "account.name", "officer.name");
		check("/admin/users/" + world.applicant.id(), "account.name");
		check("/admin/users/" + world.officerId, "officer.name");
		search("/admin/users", "q", 64);
		check("/admin/audit", "audit.detail");
		search("/admin/audit", "actor");
		check("/admin/notifications", "notification.inapp", "notification.sms");
		check("/admin/content", "content.title");
		check("/admin/content/" + world.contentId + "/edit", "content.title", "content.summary", "content.body");
		search("/admin/content", "q");
		check("/admin/committees", "committee.name");
		check("/admin/committees/" + world.committeeId, "committee.name", "committee.office");
		check("/admin/catalog", "catalog.field");
		check("/units/approvals", "unit.name");
	}

	/** A search box given every payload: the query comes back in the box (and in any "results for" line). */
	private void search(String path, String parameter) {
		search(path, parameter, ALL.length());
	}

	/** A search box that keeps the first {@code max} characters: given the payloads that fit. */
	private void search(String path, String parameter, int max) {
		this.reflectedFields++;
		String query = XssPayloads.fitting(max, this.reflectedFields * 7);
		load(path + "?" + parameter + "=" + URLEncoder.encode(query, StandardCharsets.UTF_8), List.of(query), null);
	}

	/**
	 * A form filled by {@code fillAndSubmit} (with {@code arguments}) and sent: refused, the page that says why shows
	 * the input again; accepted, the page shows what was found.
	 */
	private void submitted(String path, String fillAndSubmit, int fields, List<String> expected, Object... arguments) {
		this.reflectedFields += fields;
		load(path, expected, fillAndSubmit, arguments);
	}

	private void check(String path, String... keys) {
		List<String> values = new ArrayList<>();
		for (String key : keys) {
			values.add(world.value(key));
		}
		load(path, values, null);
	}

	/**
	 * Opens the page with the policy off, then on; after {@code action} (typing into a form and sending it) when one is
	 * given. Values must show on the first load.
	 */
	private void load(String path, List<String> values, String action, Object... arguments) {
		String page = path.replaceAll("\\?.*", "?…");
		pages.add(role() + " " + page);
		for (boolean bypass : new boolean[] { true, false }) {
			String mode = bypass ? "CSP off" : "CSP on";
			this.loads++;
			try {
				browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", bypass));
				browser.get("http://localhost:" + this.port + path);
				waitUntil(driver -> "complete".equals(script("return document.readyState")));
				if (action != null) {
					// The page that answers is a new document: it has no mark, whatever its address.
					script("window.__xssOld = true;" + action, arguments);
					waitUntil(driver -> Boolean.TRUE
						.equals(script("return !window.__xssOld && document.readyState === 'complete'")));
				}
				// Handlers that fire after loading (autofocus, ontoggle) have run by the next rendered frame.
				browser.executeAsyncScript("requestAnimationFrame(arguments[arguments.length - 1]);");
				@SuppressWarnings("unchecked")
				Map<String, Object> seen = (Map<String, Object>) script(XssPayloads.PROBE);
				judge(page + " (" + mode + ")", seen, bypass ? values : List.of());
			}
			catch (UnhandledAlertException ex) {
				executed.add(page + " (" + mode + "): alert(" + ex.getAlertText() + ")");
				dismissAlerts();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void judge(String page, Map<String, Object> seen, List<String> values) {
		List<String> hits = (List<String>) seen.get("hits");
		List<String> csp = (List<String>) seen.get("csp");
		List<String> active = (List<String>) seen.get("active");
		if (!hits.isEmpty()) {
			executed.add(page + ": xss(" + hits + ")");
		}
		if (!String.valueOf(seen.get("pwned")).isEmpty() || String.valueOf(seen.get("title")).contains("pwned")) {
			executed.add(page + ": __pwned=" + seen.get("pwned") + ", title " + seen.get("title"));
		}
		if (!csp.isEmpty()) {
			executed.add(page + ": CSP violations " + csp);
		}
		if (!active.isEmpty()) {
			executed.add(page + ": active markup " + active);
		}
		String status = String.valueOf(seen.get("status"));
		if (!status.equals("200") && !status.equals("0")) {
			notShown.add(page + ": HTTP " + status + " at " + browser.getCurrentUrl());
		}
		String text = String.valueOf(seen.get("text"));
		if (text.contains(XssPayloads.EVALUATED)) {
			executed.add(page + ": a template expression in data was evaluated (" + XssPayloads.EVALUATED + ")");
		}
		for (String value : values) {
			if (text.contains(value.replaceAll("\\s+", " "))) {
				XssPayloads.carried(value).forEach(n -> shown.merge(n, 1, Integer::sum));
			}
			else {
				notShown.add(page + ": " + key(value));
			}
		}
	}

	private String key(String value) {
		return world.planted.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(value))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(value.equals(ALL) ? "the reflected input" : value);
	}

	private static void dismissAlerts() {
		for (int i = 0; i < 20; i++) {
			try {
				browser.switchTo().alert().dismiss();
			}
			catch (NoAlertPresentException ex) {
				return;
			}
		}
	}

	private String role;

	private String role() {
		return this.role == null ? "visitor" : this.role;
	}

	private void as(String username) {
		browser.manage().deleteAllCookies();
		browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
		browser.get("http://localhost:" + this.port + "/login");
		signIn(username, PASSWORD);
		waitUntil(driver -> !driver.getCurrentUrl().contains("/login"));
		this.role = username.startsWith("xss") ? "applicant" : username;
	}

	private long recordId(String table, long owner) {
		return jdbc.queryForObject("select min(id) from " + table + " where owner_id = ?", Long.class, owner);
	}

}
