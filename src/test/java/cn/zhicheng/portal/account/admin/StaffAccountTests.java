package cn.zhicheng.portal.account.admin;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.UserAdministration;
import cn.zhicheng.portal.account.domain.UserAdministration.UserView;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.region.RegionDirectory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static cn.zhicheng.portal.account.admin.AdminFixtures.PASSWORD;
import static cn.zhicheng.portal.account.admin.AdminFixtures.idOf;
import static cn.zhicheng.portal.account.admin.AdminFixtures.login;
import static cn.zhicheng.portal.account.admin.AdminFixtures.page;
import static cn.zhicheng.portal.account.admin.AdminFixtures.principal;
import static cn.zhicheng.portal.account.admin.AdminFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Staff accounts with their jurisdiction: the scope must fit the role's level, and applicants stay applicants. */
@PortalTest
class StaffAccountTests {

	/** 清远市清城区环境监测站, which has its demo HR officer already, so a second one changes nothing others see. */
	private static final String QINGCHENG_MONITORING_STATION = "12441802MB2D10003T";

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegionDirectory regions;

	@Autowired
	CommitteeDirectory committees;

	@Autowired
	UserAdministration administration;

	private long yingde;

	private long qingyuan;

	@BeforeEach
	void regions() {
		yingde = regions.findByCode("441881").orElseThrow().id();
		qingyuan = regions.findByCode("441800").orElseThrow().id();
	}

	@Test
	void aCountyReviewerForYingdeSignsInWithTheShownPassword() {
		People.noReviewerServes(jdbc, "441881");
		String username = unique("county");
		MvcTestResult result = create(username, "COUNTY_REVIEWER").param("countyId", String.valueOf(yingde))
			.exchange();

		long id = idOf(users, username);
		assertThat(result).redirectedUrl().isEqualTo("/admin/users/" + id);
		PortalUser reviewer = principal(users, username);
		assertThat(reviewer.role()).isEqualTo(Role.COUNTY_REVIEWER);
		assertThat(reviewer.regionId()).isEqualTo(yingde);
		assertThat(reviewer.unitId()).isNull();
		String temporary = (String) result.getMvcResult().getFlashMap().get("temporaryPassword");
		assertThat(login(mvc, username, temporary)).isEqualTo("/home");

		Document page = page(mvc.get().uri("/admin/users/{id}", id).with(user(admin()))
			.flashAttr("doneKey", "admin.users.done.created").flashAttr("temporaryPassword", temporary).exchange());
		assertThat(page.text()).contains("工作人员账户已创建", temporary, "英德市", "县（市、区）人社审核员");

		// The demo world has no reviewer for 英德市 and other tests rely on it (UnitMembershipTests): stand down.
		assertThat(mvc.post().uri("/admin/users/{id}/disable", id).with(user(admin())).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(accounts.anyServing(Role.COUNTY_REVIEWER, yingde)).isFalse();
	}

	@Test
	void aCityReviewerForQingyuanWorksInTheIntermediateCommitteeOffice() {
		CommitteeView intermediate = committees.inRegion(qingyuan)
			.stream()
			.filter(committee -> committee.lowestLevel() == TitleLevel.INTERMEDIATE)
			.findFirst()
			.orElseThrow();
		String username = unique("city");
		assertThat(create(username, "CITY_REVIEWER").param("cityId", String.valueOf(qingyuan))
			.param("committeeId", String.valueOf(intermediate.id()))).hasStatus3xxRedirection();

		long id = idOf(users, username);
		UserView view = administration.find(principal(users, "demo-admin"), id).orElseThrow();
		assertThat(view.role()).isEqualTo(Role.CITY_REVIEWER);
		assertThat(view.regionId()).isEqualTo(qingyuan);
		assertThat(view.committeeId()).isEqualTo(intermediate.id());
		assertThat(page(mvc.get().uri("/admin/users/{id}", id).with(user(admin())).exchange()).text())
			.contains("清远市", intermediate.officeName());
	}

	@Test
	void aUnitHrOfficerIsTiedToTheUnitOfTheCreditCode() {
		String username = unique("hr");
		assertThat(create(username, "UNIT_HR").param("unit", QINGCHENG_MONITORING_STATION.toLowerCase()))
			.hasStatus3xxRedirection();
		PortalUser officer = principal(users, username);
		assertThat(officer.role()).isEqualTo(Role.UNIT_HR);
		assertThat(officer.unitId()).isNotNull();
		assertThat(page(mvc.get().uri("/admin/users/{id}", officer.id()).with(user(admin())).exchange()).text())
			.contains("清远市清城区环境监测站");
	}

	@Test
	void aCountyReviewerWithACityIsRefusedBesideTheField() {
		String username = unique("wrong");
		Document page = page(create(username, "COUNTY_REVIEWER").param("countyId", String.valueOf(qingyuan))
			.exchange());
		assertThat(page.selectFirst("#countyId-error").text()).contains("所选地区不是县（市、区）");
		assertThat(page.selectFirst("#username").val()).isEqualTo(username);
		assertThat(page.selectFirst("#role option[selected]").val()).isEqualTo("COUNTY_REVIEWER");
		assertNoAccount(username);
	}

	@Test
	void aCityReviewerNeedsACityAndACommitteeOfIt() {
		String username = unique("nocity");
		Document page = page(create(username, "CITY_REVIEWER").param("cityId", String.valueOf(yingde)).exchange());
		assertThat(page.selectFirst("#cityId-error").text()).contains("所选地区不是地级市");

		long guangzhou = regions.findByCode("440100").orElseThrow().id();
		long qingyuanCommittee = committees.inRegion(qingyuan).getFirst().id();
		page = page(create(username, "CITY_REVIEWER").param("cityId", String.valueOf(guangzhou))
			.param("committeeId", String.valueOf(qingyuanCommittee)).exchange());
		assertThat(page.selectFirst("#committeeId-error").text()).contains("所选评委会不属于该地级市");
		assertNoAccount(username);
	}

	@Test
	void aUnitHrOfficerWithAnUnknownCreditCodeIsRefusedKeepingWhatWasTyped() {
		String username = unique("nounit");
		String unknown = "91440000MA00000000";
		Document page = page(create(username, "UNIT_HR").param("unit", unknown).exchange());
		assertThat(page.selectFirst("#unit-error").text()).contains("找不到该已审核通过的单位");
		assertThat(page.selectFirst("#unit").val()).isEqualTo(unknown);
		assertThat(page.selectFirst("#realName").val()).isEqualTo("测试员");
		assertThat(page.selectFirst("#role option[selected]").val()).isEqualTo("UNIT_HR");
		assertNoAccount(username);

		page = page(create(username, "UNIT_HR").param("unit", "环境监测站").exchange());
		assertThat(page.selectFirst("#unit-error").text()).contains("匹配到多个单位");
		assertNoAccount(username);
	}

	/** No stray fields: a second input with the same name would send two values and garble the first. */
	@Test
	void theFormHasOneFieldPerNameAndNoPasswordField() {
		Document page = page(mvc.get().uri("/admin/users/new").with(user(admin())).exchange());
		for (String name : new String[] { "username", "realName", "mobile", "role", "unit", "countyId", "cityId",
				"committeeId" }) {
			assertThat(page.select("[name=" + name + "]")).as(name).hasSize(1);
		}
		assertThat(page.select("input[type=password]")).isEmpty();
		assertThat(page.select("#countyId optgroup[label=清远市] option").eachText()).contains("英德市", "清城区");
	}

	@Test
	void badFieldsAndTakenNamesAreShownBesideTheFields() {
		Document page = page(create("1x", "").param("mobile", "12345").exchange());
		assertThat(page.selectFirst("#username-error").text()).contains("以字母开头");
		assertThat(page.selectFirst("#mobile-error")).isNotNull();
		assertThat(page.selectFirst("#role-error").text()).contains("请选择角色");

		page = page(create("demo-city", "ADMIN").exchange());
		assertThat(page.selectFirst("#username-error").text()).contains("已被使用");
	}

	@Test
	void aStaffAccountsScopeCanChange() {
		String username = unique("move");
		accounts.createIfAbsent(new NewAccount(username, PASSWORD, "调岗测试", Role.UNIT_HR, null, null));
		long id = idOf(users, username);
		// 清城区, which has its demo reviewer already: a new reviewer elsewhere would change what other tests see.
		long qingcheng = regions.findByCode("441802").orElseThrow().id();
		assertThat(scope(id, "COUNTY_REVIEWER").param("countyId", String.valueOf(qingcheng)))
			.redirectedUrl()
			.isEqualTo("/admin/users/" + id);
		assertThat(principal(users, username).role()).isEqualTo(Role.COUNTY_REVIEWER);
		assertThat(principal(users, username).regionId()).isEqualTo(qingcheng);

		Document refused = page(scope(id, "COUNTY_REVIEWER").param("countyId", String.valueOf(qingyuan)).exchange());
		assertThat(refused.selectFirst("#countyId-error").text()).contains("所选地区不是县（市、区）");
		assertThat(principal(users, username).regionId()).isEqualTo(qingcheng);
	}

	@Test
	void anApplicantsScopeCannotChange() {
		long applicant = idOf(users, "demo-applicant");
		Document page = page(scope(applicant, "COUNTY_REVIEWER").param("countyId", String.valueOf(yingde))
			.exchange());
		assertThat(page.selectFirst(".notice--error").text()).contains("申报人账户不能改为工作人员账户");
		assertThat(principal(users, "demo-applicant").role()).isEqualTo(Role.APPLICANT);
		assertThat(page(mvc.get().uri("/admin/users/{id}", applicant).with(user(admin())).exchange())
			.select("form[action$=/scope]")).isEmpty();
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRole() {
		long self = idOf(users, "demo-admin");
		Document page = page(scope(self, "COUNTY_REVIEWER").param("countyId", String.valueOf(yingde)).exchange());
		assertThat(page.selectFirst(".notice--error").text()).contains("不能修改自己的角色");
		assertThat(principal(users, "demo-admin").role()).isEqualTo(Role.ADMIN);
	}

	private MockMvcRequestBuilder create(String username, String role) {
		return mvc.post()
			.uri("/admin/users/new")
			.param("username", username)
			.param("realName", "测试员")
			.param("role", role)
			.with(user(admin()))
			.with(csrf());
	}

	private MockMvcRequestBuilder scope(long id, String role) {
		return mvc.post().uri("/admin/users/{id}/scope", id).param("role", role).with(user(admin())).with(csrf());
	}

	private void assertNoAccount(String username) {
		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> users.loadUserByUsername(username));
	}

	private PortalUser admin() {
		return principal(users, "demo-admin");
	}

}
