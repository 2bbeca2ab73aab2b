package cn.zhicheng.portal.onboarding;

import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.onboarding.domain.UnitOnboardingService;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitProfile;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitType;
import cn.zhicheng.portal.validation.CreditCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 法人单位账户注册: the two steps, every kind of bad input answered beside its field in Chinese with what was typed
 * kept, duplicates refused with nothing left behind, and a registered unit pending until approved.
 */
@PortalTest
class UnitRegistrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UnitOnboardingService onboarding;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UnitDirectory units;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	private UnitFixtures fixtures;

	private long n;

	private long qingcheng;

	@BeforeEach
	void setUp() {
		fixtures = new UnitFixtures(onboarding, regions, units);
		n = UnitFixtures.next();
		qingcheng = fixtures.regionId("441802");
	}

	@Test
	void theFirstStepGroupsCountiesUnderTheirCityWithTheCityItselfFirst() {
		Document page = html(mvc.get().uri("/units/register").exchange());
		Element qingyuan = page.selectFirst("select#region optgroup[label=清远市]");
		assertThat(qingyuan).isNotNull();
		List<String> options = qingyuan.select("option").eachText();
		assertThat(options.getFirst()).isEqualTo("清远市市直");
		assertThat(qingyuan.selectFirst("option").val()).isEqualTo(String.valueOf(fixtures.regionId("441800")));
		assertThat(options).contains("清城区", "英德市", "连州市").hasSize(9);
		assertThat(page.select("select#region optgroup[label=广州市] option").eachText()).containsExactly("广州市市直",
				"番禺区");
		assertThat(page.select("a[href=/units/register/help]")).isNotEmpty();
	}

	@Test
	void theSecondStepOffersTheCitysApprovedUnitsAsATree() {
		Document page = html(mvc.get().uri("/units/register/details").param("region", String.valueOf(qingcheng)).exchange());
		List<String> options = page.select("select#supervisingUnitId option").eachText();
		int bureau = options.indexOf("清远市生态环境局");
		int branch = options.indexOf("　└ 清远市生态环境局清城分局");
		int station = options.indexOf("　　└ 清远市清城区环境监测站");
		assertThat(bureau).isNotNegative();
		assertThat(branch).isGreaterThan(bureau);
		assertThat(station).isGreaterThan(branch);
		assertThat(options).doesNotContain("广州市番禺区非公职称申报点");
		assertThat(page.select("select#type option").eachText()).contains("机关", "事业单位", "国有企业", "非公企业", "社会组织");
		assertThat(page.select("input[name=region]").val()).isEqualTo(String.valueOf(qingcheng));
	}

	@Test
	void aRegionThatIsNoCityOrCountySendsBackToTheFirstStep() {
		long province = fixtures.regionId("440000");
		assertThat(mvc.get().uri("/units/register/details").param("region", String.valueOf(province)))
			.redirectedUrl()
			.isEqualTo("/units/register?choose");
		assertThat(mvc.get().uri("/units/register/details")).redirectedUrl().isEqualTo("/units/register?choose");
		assertThat(mvc.get().uri("/units/register").param("choose", "")).bodyText().contains("请选择单位所在地区");
	}

	@Test
	void everyBadFieldIsExplainedBesideItInChineseAndWhatWasTypedIsKept() {
		long panyuPoint = fixtures.demoUnit("广州市番禺区非公职称申报点").id();
		Map<String, String> form = valid();
		form.put("name", "单".repeat(129));
		form.put("creditCode", "ABC");
		form.put("type", "");
		form.put("supervisingUnitId", String.valueOf(panyuPoint));
		form.put("address", "");
		form.put("contactName", "名".repeat(65));
		form.put("contactPhone", "call me");
		form.put("username", "1x");
		form.put("password", "weak");
		form.put("confirmPassword", "weak");
		form.put("realName", "<b>");
		form.put("mobile", "12345");
		MvcTestResult result = submit(form);
		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(error(page, "name")).contains("单位名称不能超过 128 个字");
		assertThat(error(page, "creditCode")).contains("统一社会信用代码应为18位");
		assertThat(error(page, "type")).contains("请选择单位性质");
		assertThat(error(page, "supervisingUnitId")).contains("请从列表中选择本市已审核通过的单位");
		assertThat(error(page, "address")).contains("请填写单位地址");
		assertThat(error(page, "contactName")).contains("联系人不能超过 64 个字");
		assertThat(error(page, "contactPhone")).contains("联系电话只能包含数字");
		assertThat(error(page, "username")).contains("用户名须为 4～32 位");
		assertThat(error(page, "password")).contains("密码强度不足：至少 8 位");
		assertThat(error(page, "realName")).contains("姓名只能包含汉字");
		assertThat(error(page, "mobile")).contains("手机号码应为11位数字");
		for (String field : List.of("name", "creditCode", "contactName", "contactPhone", "username", "realName",
				"mobile")) {
			Element input = page.getElementById(field);
			assertThat(input.val()).as(field).isEqualTo(form.get(field));
			assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
			assertThat(input.attr("aria-describedby")).as(field).contains(field + "-error");
		}
		assertThat(page.getElementById("password").val()).isEmpty();
		assertThat(page.getElementById("confirmPassword").val()).isEmpty();
		assertThat(page.html()).doesNotContain("weak\"");
		assertThat(accountExists("1x")).isFalse();
	}

	@Test
	void emptyRequiredFieldsAreNamedOneByOne() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("region", String.valueOf(qingcheng));
		Document page = html(submit(form));
		assertThat(error(page, "name")).contains("请填写单位名称");
		assertThat(error(page, "creditCode")).contains("请填写统一社会信用代码");
		assertThat(error(page, "contactName")).contains("请填写联系人");
		assertThat(error(page, "contactPhone")).contains("请填写联系电话");
		assertThat(error(page, "username")).contains("请填写用户名");
		assertThat(error(page, "password")).contains("请设置密码");
		assertThat(error(page, "realName")).contains("请填写真实姓名");
		assertThat(error(page, "mobile")).contains("请填写手机号码");
	}

	@Test
	void aWrongCheckCharacterIsRefused() {
		String valid = UnitFixtures.creditCode("441802", n);
		char wrong = valid.charAt(17) == '0' ? '1' : '0';
		Map<String, String> form = valid();
		form.put("creditCode", valid.substring(0, 17) + wrong);
		Document page = html(submit(form));
		assertThat(error(page, "creditCode")).contains("统一社会信用代码第18位校验码不正确");
		assertThat(page.getElementById("creditCode").val()).isEqualTo(valid.substring(0, 17) + wrong);
		assertThat(units.creditCodeTaken(valid.substring(0, 17) + wrong)).isFalse();
		assertThat(accountExists(UnitFixtures.username(n))).isFalse();
	}

	@Test
	void aRegisteredCreditCodeIsRefusedWhateverItsCase() {
		Map<String, String> form = valid();
		form.put("creditCode", "12441802mb2d10003t");
		Document page = html(submit(form));
		assertThat(error(page, "creditCode")).contains("该统一社会信用代码已注册");
		assertThat(accountExists(UnitFixtures.username(n))).isFalse();
	}

	@Test
	void aTakenUsernameIsRefusedAndNoUnitIsLeftBehind() {
		Map<String, String> form = valid();
		form.put("username", "Demo-Unit");
		Document page = html(submit(form));
		assertThat(error(page, "username")).contains("用户名已被注册");
		assertThat(page.getElementById("username").val()).isEqualTo("Demo-Unit");
		assertThat(units.creditCodeTaken(form.get("creditCode"))).isFalse();
	}

	@Test
	void aTakenMobileIsRefusedAndNoUnitIsLeftBehind() {
		assertThat(submit(valid())).redirectedUrl().isEqualTo("/units/register/submitted");
		String mobile = UnitFixtures.mobile(n);

		n = UnitFixtures.next();
		Map<String, String> second = valid();
		second.put("mobile", mobile);
		Document page = html(submit(second));
		assertThat(error(page, "mobile")).contains("该手机号已注册");
		assertThat(page.getElementById("mobile").val()).isEqualTo(mobile);
		assertThat(units.creditCodeTaken(second.get("creditCode"))).isFalse();
		assertThat(accountExists(second.get("username"))).isFalse();
	}

	@Test
	void onlyAGovernmentOrganMayHaveNoSupervisingUnit() {
		Map<String, String> form = valid();
		form.put("type", UnitType.NON_PUBLIC_ENTERPRISE.name());
		form.put("supervisingUnitId", "");
		assertThat(error(html(submit(form)), "supervisingUnitId")).contains("请选择主管单位（只有机关可以不选）");

		form.put("type", UnitType.GOVERNMENT_ORGAN.name());
		assertThat(submit(form)).redirectedUrl().isEqualTo("/units/register/submitted");
		UnitProfile unit = units.profile(officer(form.get("username")).unitId()).orElseThrow();
		assertThat(unit.supervisingUnitId()).isNull();
		assertThat(unit.type()).isEqualTo(UnitType.GOVERNMENT_ORGAN);
	}

	@Test
	void aRegisteredUnitIsPendingAndItsOfficerCanSignInButNotEditTheProfile() {
		Map<String, String> form = valid();
		MvcTestResult result = submit(form);
		assertThat(result).redirectedUrl().isEqualTo("/units/register/submitted");
		assertThat(mvc.get().uri("/units/register/submitted").flashAttrs(result.getMvcResult().getFlashMap())).hasStatusOk()
			.bodyText()
			.contains("注册已提交")
			.contains(form.get("name"))
			.contains("正在等待审核")
			.contains("由主管单位“清远市清城区环境监测站”或清城区人社部门审核");

		PortalUser officer = officer(form.get("username"));
		assertThat(officer.role()).isEqualTo(Role.UNIT_HR);
		UnitProfile unit = units.profile(officer.unitId()).orElseThrow();
		assertThat(unit.status()).isEqualTo(UnitStatus.PENDING);
		assertThat(unit.name()).isEqualTo(form.get("name"));
		assertThat(unit.creditCode()).isEqualTo(form.get("creditCode"));
		assertThat(unit.regionId()).isEqualTo(qingcheng);
		assertThat(unit.supervisingUnitId()).isEqualTo(Long.valueOf(form.get("supervisingUnitId")));
		assertThat(unit.contactPhone()).isEqualTo("0763-3381234");
		assertThat(numbers.mobile(form.get("username"))).isEqualTo(UnitFixtures.mobile(n));

		assertThat(mvc.post().uri("/login").param("username", form.get("username"))
			.param("password", UnitFixtures.PASSWORD)
			.with(csrf())).redirectedUrl().isEqualTo("/home");
		assertThat(mvc.get().uri("/unit/profile").with(user(officer))).hasStatusOk()
			.bodyText()
			.contains("本单位正在等待审核");
		assertThat(mvc.post().uri("/unit/profile").with(user(officer)).with(csrf())
			.param("address", "新地址")
			.param("contactName", "新联系人")
			.param("contactPhone", "13800000000")
			.param("version", String.valueOf(unit.version()))).hasStatusOk()
			.bodyText()
			.contains("单位通过审核后才能修改单位信息");
		assertThat(units.profile(unit.id()).orElseThrow().address()).isEqualTo(unit.address());
	}

	@Test
	void theSubmittedPageIsOnlyReachedByRegistering() {
		assertThat(mvc.get().uri("/units/register/submitted")).redirectedUrl().isEqualTo("/units/register");
	}

	@Test
	void theHelpPageListsTheNonPublicIntakePointsByRegion() {
		Document page = html(mvc.get().uri("/units/register/help").exchange());
		assertThat(page.select("h1").text()).isEqualTo("找不到我的单位？");
		assertThat(row(page, "清远市")).contains("清远市市直非公人事管理单位（环保专业）");
		assertThat(row(page, "广州市 番禺区")).contains("广州市番禺区非公职称申报点");
		assertThat(page.text()).contains("民营企业").contains("自由职业者").contains("非公职称申报点");
		assertThat(page.select("a[href=/units/register]")).isNotEmpty();
	}

	private List<String> row(Document page, String region) {
		Element header = page.select("tbody th").stream()
			.filter(th -> th.text().equals(region))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + region));
		return header.parent().select("li").eachText();
	}

	/** A complete, valid registration in 清城区 under the demo monitoring station. */
	private Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("region", String.valueOf(qingcheng));
		form.put("name", "清远市清城区测试中心" + n);
		form.put("creditCode", UnitFixtures.creditCode("441802", n));
		form.put("type", UnitType.PUBLIC_INSTITUTION.name());
		form.put("supervisingUnitId", String.valueOf(fixtures.demoUnit("清远市清城区环境监测站").id()));
		form.put("address", "清远市清城区人民一路" + n + "号");
		form.put("contactName", "陈联系");
		form.put("contactPhone", "0763-3381234");
		form.put("username", UnitFixtures.username(n));
		form.put("password", UnitFixtures.PASSWORD);
		form.put("confirmPassword", UnitFixtures.PASSWORD);
		form.put("realName", "周专员");
		form.put("mobile", UnitFixtures.mobile(n));
		assertThat(CreditCodes.check(form.get("creditCode")).valid()).isTrue();
		return form;
	}

	private MvcTestResult submit(Map<String, String> form) {
		var request = mvc.post().uri("/units/register/details").with(csrf());
		form.forEach((name, value) -> request.param(name, value));
		return request.exchange();
	}

	private PortalUser officer(String username) {
		return (PortalUser) userDetails.loadUserByUsername(username);
	}

	private boolean accountExists(String username) {
		return jdbc.queryForObject("select count(*) from user_account where username = lower(?)", Long.class,
				username) > 0;
	}

	private static String error(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		assertThat(error).as("error beside " + field).isNotNull();
		return error.text();
	}

	static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
