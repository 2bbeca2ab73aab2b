package cn.zhicheng.portal.application.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Objections (异议) to a 评前公示: one lodged by anyone holds the file and stops it being forwarded, the unit resolves
 * each and the last resolution returns the file to its notice; scripts, floods and repeats are refused with a
 * Chinese reason and nothing stored; another unit cannot see or resolve them.
 */
@PortalTest
class ObjectionTests {

	private static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");

	private static final String TEXT = "申报人2023年的项目负责人身份与实际不符，请核实。";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

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
	PersonalNumbers numbers;

	@Autowired
	MutableClock clock;

	NoticeFilers filers;

	PortalUser officer;

	long id;

	@BeforeEach
	void fileInNotice() {
		clock.set(FEB_10);
		filers = new NoticeFilers(mvc, applications, accounts, users, records, jdbc);
		officer = (PortalUser) users.loadUserByUsername("demo-unit");
		id = filers.submitted("objection");
		reviews.startNotice(officer, id, null, LocalDate.of(2026, 2, 10));
	}

	@Test
	void anObjectionHoldsTheFileUntilTheUnitResolvesEveryOne() {
		String address = address();
		MvcTestResult lodged = lodge(address, form(TEXT, "王先生", "139 1234 5678"));
		assertThat(lodged).redirectedUrl().isEqualTo("/notices/" + id);
		assertThat(lodged.getMvcResult().getFlashMap().get("objectionReceived")).isEqualTo(true);
		assertThat(status()).isEqualTo("HELD_BY_OBJECTION");
		Map<String, Object> stored = jdbc.queryForMap("select * from objection where application_id = ?", id);
		assertThat(stored).doesNotContainValue("13912345678").containsEntry("status", "OPEN");
		assertThat(numbers.open((String) stored.get("contact_phone_sealed"))).as("kept sealed").isEqualTo("13912345678");
		assertThat((String) stored.get("client_hash")).hasSize(64).doesNotContain(address);
		// Looked up by the file's number, not among the officer's newest: other tests write to the same inbox.
		assertThat(jdbc.queryForObject("""
				select count(*) from notification_record
				where recipient_account_id = ? and text like ? and text like '%收到异议%'""", Long.class, officer.id(),
				"%" + number() + "%")).isPositive();

		// The notice is over, but the objection holds the file: it stays in public and cannot be forwarded.
		clock.set(Instant.parse("2026-02-16T02:00:00Z"));
		assertThat(mvc.get().uri("/notices/" + id)).hasStatusOk().bodyText().contains("该申报已收到异议");
		assertThatThrownBy(() -> reviews.forward(officer, id, null)).isInstanceOf(WorkflowRefusedException.class);

		// A second objection while held is recorded without another status change.
		assertThat(lodge(address(), form("另一条异议：论文发表时间与证书时间不一致。", "", ""))).hasStatus3xxRedirection();
		assertThat(status()).isEqualTo("HELD_BY_OBJECTION");
		assertThat(count()).isEqualTo(2);

		MvcTestResult panel = mvc.get().uri("/unit/applications/" + id + "/objections").with(user(officer)).exchange();
		assertThat(panel).hasStatusOk().bodyText().contains(TEXT, "王先生", "139****5678", "待处理", "未填写");
		assertThat(panel).body().asString().doesNotContain("13912345678");
		long first = objectionId(TEXT);
		long second = jdbc.queryForObject("select max(id) from objection where application_id = ?", Long.class, id);

		MvcTestResult blank = resolve(officer, first, " ");
		assertThat(blank).redirectedUrl().isEqualTo("/unit/applications/" + id);
		assertThat(blank.getMvcResult().getFlashMap().get("objectionRefusal")).isInstanceOf(ObjectionRefusal.class)
			.extracting(refusal -> ((ObjectionRefusal) refusal).message())
			.isEqualTo("请填写处理结果，不超过1000字。");
		assertThat(openCount()).isEqualTo(2);

		assertThat(resolve(officer, first, "经核实，申报人为项目负责人，异议不成立。")).redirectedUrl()
			.isEqualTo("/unit/applications/" + id);
		assertThat(openCount()).isEqualTo(1);
		assertThat(status()).as("still one open").isEqualTo("HELD_BY_OBJECTION");
		assertThat(resolve(officer, first, "再次处理")).redirectedUrl().isEqualTo("/unit/applications/" + id);
		assertThat(jdbc.queryForObject("select resolution from objection where id = ?", String.class, first))
			.isEqualTo("经核实，申报人为项目负责人，异议不成立。");

		assertThat(resolve(officer, second, "经核实，论文时间无误。")).hasStatus3xxRedirection();
		assertThat(status()).isEqualTo("IN_PUBLIC_NOTICE");
		assertThat(jdbc.queryForList("select action from application_history where application_id = ? order by id",
				String.class, id))
			.containsSubsequence("HOLD_FOR_OBJECTION", "RESOLVE_OBJECTION");
		assertThat(mvc.get().uri("/unit/applications/" + id + "/objections").with(user(officer)))
			.bodyText()
			.contains("已处理", "经核实，论文时间无误。", "陈晓华");

		reviews.forward(officer, id, null);
		assertThat(status()).isIn("COUNTY_REVIEW", "CITY_REVIEW");
	}

	@Test
	void scriptsAndBadInputAreRefusedWithAReasonAndNothingIsStored() {
		String address = address();
		Map<String, String> honeypot = form(TEXT, "", "");
		honeypot.put("website", "http://spam.example");
		assertRefused(lodge(address, honeypot), "提交未通过安全校验");

		assertRefused(lodgeAfter(address, form(TEXT, "", ""), Duration.ofSeconds(1)), "提交过快");
		assertRefused(lodgeAfter(address, form(TEXT, "", ""), Duration.ofHours(3)), "页面打开已超过120分钟");
		Map<String, String> forged = form(TEXT, "", "");
		forged.put("stamp", (clock.millis() - 60_000) + ".forged");
		assertRefused(post(address, forged), "页面已失效");

		assertRefused(lodge(address, form("太短了", "", "")), "异议内容应为10至1000字");
		assertRefused(lodge(address, form(TEXT, "", "0763-1234567")), TEXT);
		assertThat(count()).isZero();
		assertThat(status()).isEqualTo("IN_PUBLIC_NOTICE");
	}

	@Test
	void oneClientOneFileAndOneTextAreLimited() {
		String address = address();
		for (int i = 1; i <= 5; i++) {
			assertThat(lodge(address, form(TEXT + "第" + i + "条。", "", ""))).hasStatus3xxRedirection();
		}
		MvcTestResult sixth = lodge(address, form(TEXT + "第6条。", "", ""));
		assertThat(sixth).hasStatus(429).bodyText().contains("您在一小时内提交的异议已达5条", "第6条");
		assertThat(count()).isEqualTo(5);

		assertRefused(lodge(address(), form("  " + TEXT + "第1条。 ", "", "")), "已收到内容相同的异议");
		assertThat(count()).isEqualTo(5);

		// Fifteen more from other clients today: the file has had its 20 for the day.
		for (int i = 0; i < 15; i++) {
			jdbc.update("""
					insert into objection (application_id, lodged_at, text, text_hash, client_hash)
					values (?, ?, ?, md5(?) || md5(?), md5(?) || md5(?))""", id, java.sql.Timestamp.from(clock.instant()),
					"早先收到的异议第" + i + "条内容", "t" + i, "t" + i, "c" + i, "c" + i);
		}
		MvcTestResult limited = lodge(address(), form("第二十一条异议，应当被拒绝。", "", ""));
		assertThat(limited).hasStatus(429).bodyText().contains("该申报今日收到的异议已达上限");
		assertThat(count()).isEqualTo(20);
	}

	@Test
	void anotherUnitsOfficerCannotSeeOrResolveTheObjections() {
		assertThat(lodge(address(), form(TEXT, "", ""))).hasStatus3xxRedirection();
		long objection = objectionId(TEXT);
		PortalUser stranger = filers.otherUnitOfficer();
		assertThat(resolve(stranger, objection, "越权处理")).hasStatus(404);
		assertThat(mvc.get().uri("/unit/applications/" + id + "/objections").with(user(stranger))).hasStatus(404);
		assertThat(openCount()).isEqualTo(1);
		assertThat(status()).isEqualTo("HELD_BY_OBJECTION");
	}

	@Test
	void anObjectionWithoutTheCsrfTokenIsRefused() {
		String stamp = stamp();
		clock.advance(Duration.ofSeconds(10));
		Map<String, String> params = form(TEXT, "", "");
		params.put("stamp", stamp);
		MockMvcRequestBuilder signedIn = mvc.post().uri("/notices/" + id + "/objections").with(user(officer))
			.with(from(address()));
		params.forEach(signedIn::param);
		assertThat(signedIn.exchange()).hasStatus(403);
		// Anonymous: system/security's ExpiredSessionHandler takes a CSRF failure of a signed-out visitor for an
		// expired session and sends them to the login page; either way nothing is stored and nothing changes.
		MockMvcRequestBuilder anonymous = mvc.post().uri("/notices/" + id + "/objections").with(from(address()));
		params.forEach(anonymous::param);
		MvcTestResult refused = anonymous.exchange();
		assertThat(refused.getResponse().getStatus()).isIn(403, 302);
		assertThat(refused.getResponse().getRedirectedUrl()).isIn(null, "/login?expired");
		assertThat(count()).isZero();
		assertThat(status()).isEqualTo("IN_PUBLIC_NOTICE");
	}

	@Test
	void aFileNotInNoticeTakesNoObjection() {
		String stamp = stamp();
		clock.set(Instant.parse("2026-02-15T02:00:00Z"));
		Map<String, String> params = form(TEXT, "", "");
		params.put("stamp", stamp);
		assertThat(post(address(), params)).hasStatus(404);
		assertThat(count()).isZero();
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	/** A client address of its own for each use, so the per-client limit of one test never touches another's. */
	private static String address() {
		int n = People.next();
		return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	private static Map<String, String> form(String text, String name, String phone) {
		return new HashMap<>(Map.of("text", text, "contactName", name, "contactPhone", phone, "website", ""));
	}

	/** Opens the page, as a person would, and sends the form ten seconds later. */
	private MvcTestResult lodge(String address, Map<String, String> params) {
		return lodgeAfter(address, params, Duration.ofSeconds(10));
	}

	private MvcTestResult lodgeAfter(String address, Map<String, String> params, Duration wait) {
		params.put("stamp", stamp());
		clock.advance(wait);
		return post(address, params);
	}

	private String stamp() {
		MvcTestResult page = mvc.get().uri("/notices/" + id).exchange();
		assertThat(page).hasStatusOk();
		Matcher stamp = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"").matcher(new String(page.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(stamp.find()).isTrue();
		return stamp.group(1);
	}

	private MvcTestResult post(String address, Map<String, String> params) {
		MockMvcRequestBuilder request = mvc.post().uri("/notices/" + id + "/objections").with(csrf()).with(from(address));
		params.forEach(request::param);
		return request.exchange();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcTestResult resolve(PortalUser as, long objection, String resolution) {
		return mvc.post()
			.uri("/unit/applications/" + id + "/objections/" + objection + "/resolve")
			.with(user(as))
			.with(csrf())
			.param("resolution", resolution)
			.exchange();
	}

	/** The page comes back with the reason and the typed text kept, and nothing stored. */
	private void assertRefused(MvcTestResult result, String reason) {
		assertThat(result).hasStatusOk().bodyText().contains(reason);
		assertThat(result).body().asString().doesNotContain("Exception");
		String typed = result.getMvcResult().getRequest().getParameter("text");
		assertThat(result).bodyText().contains(typed.strip());
	}

	private long objectionId(String text) {
		return jdbc.queryForObject("select id from objection where application_id = ? and text = ?", Long.class, id,
				text);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from objection where application_id = ?", Integer.class, id);
	}

	private int openCount() {
		return jdbc.queryForObject("select count(*) from objection where application_id = ? and status = 'OPEN'",
				Integer.class, id);
	}

	private String status() {
		return jdbc.queryForObject("select status from application where id = ?", String.class, id);
	}

	private String number() {
		return jdbc.queryForObject("select number from application where id = ?", String.class, id);
	}

}
