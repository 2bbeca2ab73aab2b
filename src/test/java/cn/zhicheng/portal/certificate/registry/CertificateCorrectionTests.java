package cn.zhicheng.portal.certificate.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 证书信息更正申请: filed without a login, stored with the ID number only hashed and masked and routed to the chosen
 * city, where only that city's reviewers see and resolve it; scripts and floods are refused with a reason and nothing
 * stored.
 */
@PortalTest
class CertificateCorrectionTests {

	private static final String TEXT = "2015年取得的工程师证书在证书查询中查不到，请核实。";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	IdNumberHash hash;

	@Autowired
	MutableClock clock;

	PortalUser qingyuan;

	long qingyuanId;

	String name;

	String id;

	String mobile;

	@BeforeEach
	void person() {
		clock.set(Instant.parse("2026-03-10T02:00:00Z"));
		qingyuan = (PortalUser) users.loadUserByUsername("demo-city");
		qingyuanId = qingyuan.regionId();
		int n = People.next();
		name = "更正" + n;
		id = People.idNumber(n);
		mobile = People.mobile(n);
	}

	@Test
	void aRequestIsStoredForItsCityOnlyAndResolvedThere() {
		assertThat(mvc.get().uri("/certificates/corrections/new")).hasStatusOk()
			.bodyText()
			.contains("证书信息更正申请", "清远市");
		MvcTestResult sent = submit(address(), form(qingyuanId));
		assertThat(sent).redirectedUrl().isEqualTo("/certificates/corrections/new");
		assertThat(sent.getMvcResult().getFlashMap().get("correctionReceived")).isEqualTo(true);

		Map<String, Object> row = jdbc.queryForMap("select * from certificate_correction where holder_name = ?", name);
		assertThat(numbers.open((String) row.get("contact_mobile_sealed"))).as("kept sealed").isEqualTo(mobile);
		assertThat(row).containsEntry("city_id", qingyuanId)
			.containsEntry("holder_id_hash", hash.of(id))
			.containsEntry("holder_id_masked", id.substring(0, 6) + "********" + id.substring(14))
			.doesNotContainValue(mobile)
			.containsEntry("certificate_number", "QY2015-001")
			.containsEntry("review_year", 2015)
			.containsEntry("status", "OPEN");
		assertThat(jdbc.queryForObject("select row_to_json(c)::text from certificate_correction c where id = ?",
				String.class, row.get("id"))).doesNotContain(id);
		long requestId = (Long) row.get("id");

		MvcTestResult queue = mvc.get().uri("/city/certificate-corrections").with(user(qingyuan)).exchange();
		assertThat(queue).hasStatusOk().bodyText().contains(name, Masking(mobile), "待处理");
		assertThat(queue).body().asString().doesNotContain(mobile).doesNotContain(id);

		PortalUser guangzhou = reviewer("440100");
		assertThat(mvc.get().uri("/city/certificate-corrections").with(user(guangzhou))).hasStatusOk()
			.bodyText()
			.doesNotContain(name);
		assertThat(mvc.get().uri("/city/certificate-corrections/" + requestId).with(user(guangzhou))).hasStatus(404);
		assertThat(resolve(guangzhou, requestId, "越权处理")).hasStatus(404);
		assertThat(status(requestId)).isEqualTo("OPEN");

		MvcTestResult detail = mvc.get().uri("/city/certificate-corrections/" + requestId).with(user(qingyuan))
			.exchange();
		assertThat(detail).hasStatusOk().bodyText().contains(name, TEXT, "QY2015-001", Masking(mobile));
		assertThat(detail).body().asString().doesNotContain(mobile);

		MvcTestResult blank = resolve(qingyuan, requestId, "  ");
		assertThat(blank).redirectedUrl().isEqualTo("/city/certificate-corrections/" + requestId);
		assertThat(blank.getMvcResult().getFlashMap().get("refusal")).isEqualTo("请填写处理结果，不超过1000字。");
		assertThat(status(requestId)).isEqualTo("OPEN");

		assertThat(resolve(qingyuan, requestId, "已核实，证书信息已补录。")).redirectedUrl()
			.isEqualTo("/city/certificate-corrections/" + requestId);
		assertThat(status(requestId)).isEqualTo("RESOLVED");
		assertThat(mvc.get().uri("/city/certificate-corrections/" + requestId).with(user(qingyuan))).bodyText()
			.contains("已处理", "已核实，证书信息已补录。", "周敏");
		assertThat(mvc.get().uri("/city/certificate-corrections").with(user(qingyuan))).bodyText()
			.doesNotContain(name);
		assertThat(mvc.get().uri("/city/certificate-corrections?status=RESOLVED").with(user(qingyuan))).bodyText()
			.contains(name);
		assertThat(resolve(qingyuan, requestId, "再次处理").getMvcResult().getFlashMap().get("refusal"))
			.isEqualTo("该申请已处理，无需再次处理。");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where action = 'CERTIFICATE_CORRECTION_RESOLVED' and subject_id = ?""",
				Long.class, requestId)).isEqualTo(1);
	}

	@Test
	void badInputComesBackWithReasonsAndWhatWasTyped() {
		Map<String, String> params = form(qingyuanId);
		params.put("idNumber", "440101199001011234");
		params.put("mobile", "0763-1234567");
		params.put("reviewYear", "1975");
		params.put("certificateNumber", "粤高职#1");
		MvcTestResult refused = submit(address(), params);
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("身份证号第18位校验码不正确", "评审年度应为1980至2026年之间的年份", "证书编号只能包含字母", TEXT);
		assertThat(refused).body().asString().contains("id=\"mobile-error\"", "value=\"" + name + "\"");
		Map<String, String> noCity = form(qingyuanId);
		noCity.put("cityId", String.valueOf(jdbc.queryForObject("select id from region where level = 'COUNTY' limit 1",
				Long.class)));
		assertThat(submit(address(), noCity)).hasStatusOk().bodyText().contains("请选择受理申请的市");
		assertThat(stored()).isZero();
	}

	@Test
	void scriptsAreRefusedAndNothingIsStored() {
		Map<String, String> honeypot = form(qingyuanId);
		honeypot.put("website", "http://spam.example");
		assertThat(submit(address(), honeypot)).hasStatusOk().bodyText().contains("提交未通过安全校验");
		assertThat(submitAfter(address(), form(qingyuanId), Duration.ofSeconds(1))).hasStatusOk()
			.bodyText()
			.contains("提交过快");
		assertThat(submitAfter(address(), form(qingyuanId), Duration.ofHours(3))).hasStatusOk()
			.bodyText()
			.contains("页面打开已超过120分钟");
		Map<String, String> forged = form(qingyuanId);
		forged.put("stamp", (clock.millis() - 60_000) + ".forged");
		assertThat(post(address(), forged)).hasStatusOk().bodyText().contains("页面已失效");
		assertThat(stored()).isZero();
	}

	@Test
	void oneClientAndOneIdNumberAreLimited() {
		String address = address();
		for (int i = 0; i < 3; i++) {
			Map<String, String> other = form(qingyuanId);
			other.put("idNumber", People.idNumber(People.next()));
			assertThat(submit(address, other)).hasStatus3xxRedirection();
		}
		MvcTestResult fourth = submit(address, form(qingyuanId));
		assertThat(fourth).hasStatus(429).bodyText().contains("您在一小时内提交的更正申请已达3条");
		assertThat(stored()).isEqualTo(3);

		for (int i = 0; i < 3; i++) {
			assertThat(submit(address(), form(qingyuanId))).hasStatus3xxRedirection();
		}
		assertThat(submit(address(), form(qingyuanId))).hasStatus(429).bodyText().contains("该身份证号今日的更正申请已达上限");
		assertThat(jdbc.queryForObject("select count(*) from certificate_correction where holder_id_hash = ?",
				Long.class, hash.of(id))).isEqualTo(3);
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	private static String Masking(String mobile) {
		return cn.zhicheng.portal.validation.Masking.mobile(mobile);
	}

	private Map<String, String> form(long cityId) {
		return new HashMap<>(Map.of("holderName", name, "idNumber", id, "certificateNumber", "QY2015-001",
				"reviewYear", "2015", "cityId", String.valueOf(cityId), "mobile", mobile, "description", TEXT,
				"website", ""));
	}

	private PortalUser reviewer(String regionCode) {
		int n = People.next();
		Long region = jdbc.queryForObject("select id from region where code = ?", Long.class, regionCode);
		String username = People.username("corrections", n);
		accounts.createIfAbsent(new NewAccount(username, "Review#2026", "审核" + n, Role.CITY_REVIEWER, null, region,
				null));
		return (PortalUser) users.loadUserByUsername(username);
	}

	/** A client address of its own for each use, so one test's client limit never touches another's. */
	private static String address() {
		int n = People.next();
		return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	/** Opens the form, as a person would, and sends it ten seconds later. */
	private MvcTestResult submit(String address, Map<String, String> params) {
		return submitAfter(address, params, Duration.ofSeconds(10));
	}

	private MvcTestResult submitAfter(String address, Map<String, String> params, Duration wait) {
		MvcTestResult page = mvc.get().uri("/certificates/corrections/new").exchange();
		Matcher stamp = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"")
			.matcher(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(stamp.find()).isTrue();
		params.put("stamp", stamp.group(1));
		clock.advance(wait);
		return post(address, params);
	}

	private MvcTestResult post(String address, Map<String, String> params) {
		MockMvcRequestBuilder request = mvc.post().uri("/certificates/corrections/new").with(csrf()).with(from(address));
		params.forEach(request::param);
		return request.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcTestResult resolve(PortalUser as, long requestId, String resolution) {
		return mvc.post()
			.uri("/city/certificate-corrections/" + requestId + "/resolve")
			.with(user(as))
			.with(csrf())
			.param("resolution", resolution)
			.exchange();
	}

	private String status(long requestId) {
		return jdbc.queryForObject("select status from certificate_correction where id = ?", String.class, requestId);
	}

	private long stored() {
		return jdbc.queryForObject("select count(*) from certificate_correction where holder_name = ?", Long.class,
				name);
	}

}
