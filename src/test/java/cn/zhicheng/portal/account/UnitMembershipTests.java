package cn.zhicheng.portal.account;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.notification.NotificationView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The applicant's HR unit: a first choice, a refused choice that would route nowhere, and the change request
 * approved and declined by the new unit with the old unit told.
 */
@PortalTest
class UnitMembershipTests {

	/** 清远市清城区环境监测站: the demo applicant's unit, with the demo officer. */
	static final String OLD_UNIT = "12441802MB2D10003T";

	/** 清远市生态环境局清城分局: in 清城区, reachable once it has an officer. */
	static final String NEW_UNIT = "11441802MB2C100028";

	/** 英德市环境监测站: 英德市 has no county reviewer in the demo world, so files from it would reach nobody. */
	static final String UNREACHABLE_UNIT = "12441881MB2D10007L";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	private int n;

	@BeforeEach
	void next() {
		n = People.next();
		People.noReviewerServes(jdbc, "441881");
		officer(NEW_UNIT, "new-officer");
		officer(UNREACHABLE_UNIT, "yingde-officer");
	}

	@Test
	void anApplicantWithoutAUnitChoosesOneDirectly() {
		UserDetails applicant = applicant(null);
		assertThat(choose(applicant, NEW_UNIT)).redirectedUrl().isEqualTo("/applicant/unit");
		assertThat(unitOf(applicant)).isEqualTo(unitId(NEW_UNIT));
	}

	@Test
	void aUnitWhoseCountyHasNoReviewerIsRefusedWithTheReason() {
		UserDetails applicant = applicant(null);
		assertThat(mvc.get().uri("/applicant/unit").param("q", "英德市环境").with(user(applicant))).bodyText()
			.contains("英德市人社部门尚未开通网上审核账户")
			.doesNotContain("name=\"unitId\" value=\"" + unitId(UNREACHABLE_UNIT) + "\"");
		choose(applicant, UNREACHABLE_UNIT);
		assertThat(unitOf(applicant)).isNull();
	}

	@Test
	void aUnitWithoutOfficersCannotBeChosen() {
		UserDetails applicant = applicant(null);
		assertThat(mvc.get().uri("/applicant/unit").param("q", "清远市生态环境局").with(user(applicant))).bodyText()
			.contains("清远市生态环境局”尚未开通单位人事专员账户");
	}

	@Test
	void theNewUnitApprovesAChangeAndTheOldUnitIsTold() {
		UserDetails applicant = applicant(OLD_UNIT);
		choose(applicant, NEW_UNIT);
		assertThat(unitOf(applicant)).as("unchanged until approved").isEqualTo(unitId(OLD_UNIT));
		long request = openRequestOf(applicant);

		assertThat(mvc.post().uri("/unit/change-requests/{id}/approve", request).with(user(users.loadUserByUsername("demo-unit")))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/unit/change-requests/{id}/approve", request)
			.with(user(users.loadUserByUsername("new-officer")))
			.with(csrf())).redirectedUrl().isEqualTo("/unit/change-requests");

		assertThat(unitOf(applicant)).isEqualTo(unitId(NEW_UNIT));
		assertThat(messagesOf("demo-unit")).anyMatch(text -> text.contains(displayName()) && text.contains("清城分局"));
		assertThat(mvc.get().uri("/applicant/unit").with(user(applicant))).bodyText().contains("已同意");
	}

	@Test
	void theNewUnitDeclinesWithAReasonAndTheApplicantStays() {
		UserDetails applicant = applicant(OLD_UNIT);
		choose(applicant, NEW_UNIT);
		long request = openRequestOf(applicant);
		UserDetails officer = users.loadUserByUsername("new-officer");
		assertThat(mvc.post().uri("/unit/change-requests/{id}/decline", request).with(user(officer)).with(csrf()))
			.flash()
			.containsKey("reasonMissingFor");
		assertThat(mvc.post().uri("/unit/change-requests/{id}/decline", request).param("reason", "非本单位职工")
			.with(user(officer))
			.with(csrf())).redirectedUrl().isEqualTo("/unit/change-requests");
		assertThat(unitOf(applicant)).isEqualTo(unitId(OLD_UNIT));
		assertThat(inbox.recentFor(idOf(applicant), 5)).extracting(NotificationView::text)
			.anyMatch(text -> text.contains("非本单位职工"));
	}

	@Test
	void onlyOneRequestMayBeOpenAndItCanBeWithdrawn() {
		UserDetails applicant = applicant(OLD_UNIT);
		choose(applicant, NEW_UNIT);
		assertThat(choose(applicant, NEW_UNIT).getMvcResult().getFlashMap().get("choice")).extracting("messageKey")
			.isEqualTo("unit-choice.refused.open-request");
		long request = openRequestOf(applicant);
		mvc.post().uri("/applicant/unit/requests/{id}/cancel", request).with(user(applicant)).with(csrf()).exchange();
		assertThat(jdbc.queryForObject("select status from unit_change_request where id = ?", String.class, request))
			.isEqualTo("CANCELLED");
	}

	@Test
	void anOverlongReasonIsRefusedWithAMessageAndNoRequest() {
		UserDetails applicant = applicant(OLD_UNIT);
		var result = mvc.post().uri("/applicant/unit/choose").param("unitId", String.valueOf(unitId(NEW_UNIT)))
			.param("reason", "因".repeat(501)).with(user(applicant)).with(csrf()).exchange();
		assertThat(result.getMvcResult().getFlashMap().get("choice")).extracting("messageKey")
			.isEqualTo("unit-choice.reason.too-long");
		assertThat(jdbc.queryForObject("select count(*) from unit_change_request where applicant_id = ?", Long.class,
				idOf(applicant))).isZero();
	}

	@Test
	void otherRolesCannotDecideRequests() {
		for (String other : new String[] { "demo-applicant", "demo-county", "demo-city", "demo-admin" }) {
			assertThat(mvc.get().uri("/unit/change-requests").with(user(users.loadUserByUsername(other))))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	private String displayName() {
		return "申报人" + n;
	}

	private UserDetails applicant(String unitCode) {
		String username = People.username("member", n);
		accounts.createIfAbsent(new NewAccount(username, "Member#2026", displayName(), Role.APPLICANT,
				unitCode == null ? null : unitId(unitCode), null));
		return users.loadUserByUsername(username);
	}

	private void officer(String unitCode, String username) {
		accounts.createIfAbsent(new NewAccount(username, "Officer#2026", "专员", Role.UNIT_HR, unitId(unitCode), null));
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult choose(UserDetails applicant, String unitCode) {
		return mvc.post().uri("/applicant/unit/choose").param("unitId", String.valueOf(unitId(unitCode)))
			.with(user(applicant)).with(csrf()).exchange();
	}

	private long unitId(String creditCode) {
		return jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, creditCode);
	}

	private Long unitOf(UserDetails applicant) {
		return jdbc.queryForObject("select unit_id from user_account where username = ?", Long.class,
				applicant.getUsername());
	}

	private long idOf(UserDetails account) {
		return ((PortalUser) account).id();
	}

	private long openRequestOf(UserDetails applicant) {
		return jdbc.queryForObject("select id from unit_change_request where applicant_id = ? and status = 'PENDING'",
				Long.class, idOf(applicant));
	}

	/**
	 * Every in-app message of the account, not only its newest: other classes leave messages for the demo officer
	 * stamped later by a clock they moved ahead, which would push this class's message off a "newest ten" page.
	 */
	private java.util.List<String> messagesOf(String username) {
		return jdbc.queryForList("select text from notification_record where recipient_account_id = ? order by id desc",
				String.class, idOf(users.loadUserByUsername(username)));
	}

}
