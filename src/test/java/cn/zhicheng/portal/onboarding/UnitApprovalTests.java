package cn.zhicheng.portal.onboarding;

import java.util.List;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.notification.NotificationView;
import cn.zhicheng.portal.notification.Purpose;
import cn.zhicheng.portal.onboarding.UnitFixtures.Registered;
import cn.zhicheng.portal.onboarding.domain.UnitOnboardingService;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitProfile;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.validation.Masking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 单位审核: each kind of decider approves exactly the units within their reach (in the list and on every decision),
 * the unit's officers are told the outcome, and a rejection needs a reason.
 */
@PortalTest
class UnitApprovalTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UnitOnboardingService onboarding;

	@Autowired
	RegionDirectory regions;

	@Autowired
	UnitDirectory units;

	@Autowired
	Accounts accounts;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	private UnitFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new UnitFixtures(onboarding, regions, units);
	}

	@Test
	void aCountyReviewerApprovesAUnitOfTheirCountyAndItsOfficersAreTold() {
		Registered unit = fixtures.register("441802", null);
		PortalUser county = account("demo-county");
		assertThat(mvc.get().uri("/units/approvals").with(user(county))).hasStatusOk()
			.bodyText()
			.contains(unit.name())
			.contains(Masking.mobile("0763-3381234"))
			.doesNotContain("0763-3381234");

		assertThat(approve(county, unit)).redirectedUrl().isEqualTo("/units/approvals");

		UnitProfile approved = units.profile(unit.unitId()).orElseThrow();
		assertThat(approved.status()).isEqualTo(UnitStatus.APPROVED);
		assertThat(approved.decidedAt()).isNotNull();
		assertThat(jdbc.queryForObject("select decided_by from employer_unit where id = ?", Long.class,
				unit.unitId())).isEqualTo(county.id());
		NotificationView told = lastMessageTo(unit.username());
		assertThat(told.purpose()).isEqualTo(Purpose.UNIT_APPROVAL);
		assertThat(told.text()).contains(unit.name()).contains("审核通过");
		assertThat(mvc.get().uri("/units/approvals").with(user(county))).bodyText().doesNotContain(unit.name());
	}

	@Test
	void theCityReviewerApprovesUnitsOfTheCityAndOfEachOfItsCounties() {
		Registered yingde = fixtures.register("441881", null);
		Registered cityLevel = fixtures.register("441800", null);
		PortalUser city = account("demo-city");
		assertThat(mvc.get().uri("/units/approvals").with(user(city))).bodyText()
			.contains(yingde.name())
			.contains(cityLevel.name());
		assertThat(approve(city, yingde)).redirectedUrl().isEqualTo("/units/approvals");
		assertThat(approve(city, cityLevel)).redirectedUrl().isEqualTo("/units/approvals");
		assertThat(status(yingde)).isEqualTo(UnitStatus.APPROVED);
		assertThat(status(cityLevel)).isEqualTo(UnitStatus.APPROVED);
	}

	@Test
	void theSupervisingUnitsOfficerApprovesItsSubordinate() {
		long station = fixtures.demoUnit("清远市清城区环境监测站").id();
		Registered unit = fixtures.register("441802", station);
		PortalUser officer = account("demo-unit");
		assertThat(mvc.get().uri("/units/approvals").with(user(officer))).hasStatusOk()
			.bodyText()
			.contains(unit.name())
			.contains("以本单位为主管单位");
		assertThat(approve(officer, unit)).redirectedUrl().isEqualTo("/units/approvals");
		assertThat(status(unit)).isEqualTo(UnitStatus.APPROVED);
	}

	@Test
	void theAdministratorApprovesAnyUnit() {
		Registered panyu = fixtures.register("440113", null);
		PortalUser admin = account("demo-admin");
		assertThat(mvc.get().uri("/units/approvals").with(user(admin))).bodyText().contains(panyu.name());
		assertThat(approve(admin, panyu)).redirectedUrl().isEqualTo("/units/approvals");
		assertThat(status(panyu)).isEqualTo(UnitStatus.APPROVED);
	}

	@Test
	void aReviewerOfAnotherCountyNeitherSeesNorDecidesTheUnit() {
		Registered unit = fixtures.register("441802", null);
		PortalUser yingde = yingdeReviewer();
		assertThat(mvc.get().uri("/units/approvals").with(user(yingde))).hasStatusOk()
			.bodyText()
			.doesNotContain(unit.name());
		assertThat(approve(yingde, unit)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reject(yingde, unit, "不属于本县")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(unit)).isEqualTo(UnitStatus.PENDING);
	}

	@Test
	void anOfficerOfAnotherUnitCannotDecideItsSubordinates() {
		long yingdeBranch = fixtures.demoUnit("清远市生态环境局英德分局").id();
		Registered unit = fixtures.register("441881", yingdeBranch);
		assertThat(approve(account("demo-unit"), unit)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(status(unit)).isEqualTo(UnitStatus.PENDING);
	}

	@Test
	void anOfficerWhoseOwnUnitIsNotApprovedCannotDecideItsSubordinates() {
		Registered parent = fixtures.register("441803", null);
		approve(account("demo-city"), parent);
		Registered child = fixtures.register("441803", parent.unitId());
		// A unit is never unapproved through the portal; the database is set so to prove the query checks it.
		jdbc.update("update employer_unit set status = 'PENDING' where id = ?", parent.unitId());
		PortalUser officer = account(parent.username());
		assertThat(mvc.get().uri("/units/approvals").with(user(officer))).bodyText()
			.contains("本单位通过审核后，才能审核下级单位")
			.doesNotContain(child.name());
		assertThat(approve(officer, child)).hasStatus(HttpStatus.NOT_FOUND);
		jdbc.update("update employer_unit set status = 'APPROVED' where id = ?", parent.unitId());
		assertThat(approve(officer, child)).redirectedUrl().isEqualTo("/units/approvals");
	}

	@Test
	void anApplicantIsNotLetIn() {
		Registered unit = fixtures.register("441802", null);
		PortalUser applicant = account("demo-applicant");
		assertThat(mvc.get().uri("/units/approvals").with(user(applicant))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(approve(applicant, unit)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/units/approvals").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(status(unit)).isEqualTo(UnitStatus.PENDING);
	}

	@Test
	void aRejectionNeedsAReasonAndTellsTheOfficersWhy() {
		Registered unit = fixtures.register("441802", null);
		PortalUser county = account("demo-county");
		assertThat(reject(county, unit, "  ")).hasStatusOk().bodyText().contains("请填写不予通过的原因");
		assertThat(reject(county, unit, "长".repeat(501))).hasStatusOk()
			.bodyText()
			.contains("原因不能超过 500 字")
			.contains("长".repeat(501));
		assertThat(status(unit)).isEqualTo(UnitStatus.PENDING);

		assertThat(reject(county, unit, "统一社会信用代码与营业执照不符")).redirectedUrl().isEqualTo("/units/approvals");
		UnitProfile rejected = units.profile(unit.unitId()).orElseThrow();
		assertThat(rejected.status()).isEqualTo(UnitStatus.REJECTED);
		assertThat(rejected.decisionReason()).isEqualTo("统一社会信用代码与营业执照不符");
		assertThat(lastMessageTo(unit.username()).text()).contains("未通过审核").contains("统一社会信用代码与营业执照不符");

		PortalUser officer = account(unit.username());
		assertThat(mvc.get().uri("/unit/profile").with(user(officer))).bodyText()
			.contains("未通过审核")
			.contains("统一社会信用代码与营业执照不符");
		assertThat(editProfile(officer, "新地址", rejected.version())).hasStatusOk()
			.bodyText()
			.contains("单位通过审核后才能修改单位信息");
		assertThat(approve(county, unit)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void onceApprovedTheOfficerEditsTheProfile() {
		Registered unit = fixtures.register("441802", null);
		approve(account("demo-county"), unit);
		PortalUser officer = account(unit.username());
		UnitProfile before = units.profile(unit.unitId()).orElseThrow();
		assertThat(mvc.get().uri("/unit/profile").with(user(officer))).hasStatusOk()
			.bodyText()
			.contains(unit.name())
			.contains("如需变更，请联系所在县（市、区）人社部门");

		MvcTestResult saved = editProfile(officer, "清远市清城区新址路8号", before.version());
		assertThat(saved).redirectedUrl().isEqualTo("/unit/profile");
		UnitProfile after = units.profile(unit.unitId()).orElseThrow();
		assertThat(after.address()).isEqualTo("清远市清城区新址路8号");
		assertThat(after.contactPhone()).isEqualTo("0763-3385678");
		assertThat(after.name()).isEqualTo(before.name());
		assertThat(mvc.get()
			.uri("/unit/profile")
			.with(user(officer))
			.flashAttrs(saved.getMvcResult().getFlashMap())).bodyText().contains("单位信息已保存");

		assertThat(editProfile(officer, "", after.version())).hasStatusOk().bodyText().contains("请填写单位地址");
	}

	@Test
	void anEditOnAStaleVersionIsRefusedWithoutOverwriting() {
		Registered unit = fixtures.register("441802", null);
		approve(account("demo-county"), unit);
		PortalUser officer = account(unit.username());
		long seen = units.profile(unit.unitId()).orElseThrow().version();
		assertThat(editProfile(officer, "第一位专员保存的地址", seen)).redirectedUrl().isEqualTo("/unit/profile");

		assertThat(editProfile(officer, "第二位专员的旧页面", seen)).hasStatusOk()
			.bodyText()
			.contains("在您修改期间，本单位信息已被其他人事专员修改")
			.contains("第一位专员保存的地址");
		assertThat(units.profile(unit.unitId()).orElseThrow().address()).isEqualTo("第一位专员保存的地址");
	}

	@Test
	void theOfficersListMasksMobilesAndAnApprovedUnitAddsOfficers() {
		Registered unit = fixtures.register("441802", null);
		PortalUser officer = account(unit.username());
		assertThat(mvc.get().uri("/unit/officers").with(user(officer))).bodyText()
			.contains("单位通过审核后才能添加人事专员")
			.doesNotContain("name=\"username\"");
		long n = UnitFixtures.next();
		assertThat(addOfficer(officer, UnitFixtures.username(n), UnitFixtures.mobile(n))).hasStatusOk();
		assertThat(accountExists(UnitFixtures.username(n))).isFalse();

		approve(account("demo-county"), unit);
		assertThat(mvc.get().uri("/unit/officers").with(user(officer))).hasStatusOk()
			.bodyText()
			.contains("刘专员")
			.contains("166****" + unit.mobile().substring(7))
			.doesNotContain(unit.mobile());
		assertThat(addOfficer(officer, UnitFixtures.username(n), UnitFixtures.mobile(n))).redirectedUrl()
			.isEqualTo("/unit/officers");
		PortalUser added = account(UnitFixtures.username(n));
		assertThat(added.role()).isEqualTo(Role.UNIT_HR);
		assertThat(added.unitId()).isEqualTo(unit.unitId());
		assertThat(mvc.get().uri("/unit/officers").with(user(officer))).bodyText()
			.contains("166****" + UnitFixtures.mobile(n).substring(7))
			.doesNotContain(UnitFixtures.mobile(n));

		long m = UnitFixtures.next();
		assertThat(addOfficer(officer, UnitFixtures.username(m), unit.mobile())).hasStatusOk()
			.bodyText()
			.contains("该手机号已注册");
		assertThat(addOfficer(officer, "demo-city", UnitFixtures.mobile(m))).hasStatusOk()
			.bodyText()
			.contains("用户名已被注册");
		assertThat(accountExists(UnitFixtures.username(m))).isFalse();
	}

	private PortalUser yingdeReviewer() {
		String username = "onb-yingde-" + UnitFixtures.next();
		accounts.createIfAbsent(new NewAccount(username, UnitFixtures.PASSWORD, "英德审核员", Role.COUNTY_REVIEWER, null,
				fixtures.regionId("441881")));
		return account(username);
	}

	private MvcTestResult approve(PortalUser decider, Registered unit) {
		return mvc.post()
			.uri("/units/approvals/{id}/approve", unit.unitId())
			.with(user(decider))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult reject(PortalUser decider, Registered unit, String reason) {
		return mvc.post()
			.uri("/units/approvals/{id}/reject", unit.unitId())
			.param("reason", reason)
			.with(user(decider))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult editProfile(PortalUser officer, String address, long version) {
		return mvc.post()
			.uri("/unit/profile")
			.param("address", address)
			.param("contactName", "林联系")
			.param("contactPhone", "0763-3385678")
			.param("version", String.valueOf(version))
			.with(user(officer))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult addOfficer(PortalUser officer, String username, String mobile) {
		return mvc.post()
			.uri("/unit/officers")
			.param("username", username)
			.param("password", UnitFixtures.PASSWORD)
			.param("confirmPassword", UnitFixtures.PASSWORD)
			.param("realName", "吴新专员")
			.param("mobile", mobile)
			.with(user(officer))
			.with(csrf())
			.exchange();
	}

	private UnitStatus status(Registered unit) {
		return units.find(unit.unitId()).orElseThrow().status();
	}

	private NotificationView lastMessageTo(String username) {
		List<NotificationView> messages = inbox.recentFor(account(username).id(), 1);
		assertThat(messages).as("messages to " + username).isNotEmpty();
		return messages.getFirst();
	}

	private PortalUser account(String username) {
		return (PortalUser) userDetails.loadUserByUsername(username);
	}

	private boolean accountExists(String username) {
		return jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, username) > 0;
	}

}
