package cn.zhicheng.portal.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReturnReasonInput;
import cn.zhicheng.portal.application.domain.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every workflow action leaves an audit record (issue #6 part 8): who (account, role, username), from which client
 * address, the status before and after, and the reason with any ID or mobile number masked.
 */
@PortalTest
class WorkflowAuditTests {

	/**
	 * Not the demo unit: other classes read the demo officer's newest notifications, and these files would crowd
	 * them out.
	 */
	private static final String UNIT = "12441881MB2D10007L";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void inTheIntakeWindow() {
		clock.set(Instant.parse("2027-02-01T02:00:00Z"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aWithdrawalOnThePageIsRecordedWithActorAddressAndStatuses() {
		PortalUser applicant = applicant();
		long id = submitted(applicant);

		assertThat(mvc.post().uri("/applicant/applications/{id}/withdraw", id).with(user(applicant)).with(csrf())
			.with(request -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			})).hasStatus3xxRedirection();

		assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id))
			.isEqualTo("WITHDRAWN");
		assertThat(newestAbout(id)).containsEntry("action", "WITHDRAW")
			.containsEntry("actor_id", applicant.id())
			.containsEntry("actor_role", "APPLICANT")
			.containsEntry("actor_name", applicant.getUsername())
			.containsEntry("client_address", "203.0.113.7")
			.containsEntry("status_before", "SUBMITTED")
			.containsEntry("status_after", "WITHDRAWN");
	}

	@Test
	void aReturnByTheSignedInOfficerIsRecordedWithTheReasonMasked() {
		PortalUser applicant = applicant();
		long id = submitted(applicant);
		PortalUser officer = officer();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));

		reviews.returnToApplicant(officer, id, null, List.of(new ReturnReasonInput(FilingStep.PERSONAL,
				"身份证440102199003071234与表内不符，请致电+86 138 1234 5678或13912345678核实")), null);

		Map<String, Object> record = newestAbout(id);
		assertThat(record).containsEntry("action", "RETURN_TO_APPLICANT")
			.containsEntry("actor_id", officer.id())
			.containsEntry("actor_role", "UNIT_HR")
			.containsEntry("actor_name", officer.getUsername())
			.containsEntry("status_before", "SUBMITTED")
			.containsEntry("status_after", "RETURNED");
		String detail = (String) record.get("detail");
		assertThat(detail).contains("440102********1234", "+86 138****5678", "139****5678", "请致电")
			.doesNotContain("440102199003071234", "13912345678", "1234 5678");
	}

	@Test
	void withNobodySignedInTheActorIsTheOneTheHistoryRecords() {
		PortalUser applicant = applicant();
		long id = submitted(applicant);
		PortalUser officer = officer();

		reviews.returnToApplicant(officer, id, null,
				List.of(new ReturnReasonInput(FilingStep.APPRAISAL, "缺少年度考核表")), null);

		assertThat(newestAbout(id)).containsEntry("actor_id", officer.id())
			.containsEntry("actor_role", "UNIT_HR")
			.containsEntry("actor_name", null)
			.containsEntry("status_after", "RETURNED");
		assertThat((String) newestAbout(id).get("detail")).endsWith("缺少年度考核表");
	}

	@Test
	void anObjectionIsThePublicsAndAnExpiredAmendmentThePortals() {
		PortalUser applicant = applicant();
		long objected = submitted(applicant);
		jdbc.update("update application set status = 'IN_PUBLIC_NOTICE' where id = ?", objected);
		reviews.holdForObjection(objected, "实名举报，联系电话13812345678");
		assertThat(newestAbout(objected)).containsEntry("action", "HOLD_FOR_OBJECTION")
			.containsEntry("actor_id", null)
			.containsEntry("actor_role", "PUBLIC")
			.containsEntry("status_before", "IN_PUBLIC_NOTICE")
			.containsEntry("status_after", "HELD_BY_OBJECTION");
		assertThat((String) newestAbout(objected).get("detail")).contains("138****5678").doesNotContain("13812345678");

		PortalUser another = applicant();
		long returned = submitted(another);
		jdbc.update("update application set status = 'RETURNED', amendment_due_on = date '2000-01-01' where id = ?",
				returned);
		assertThat(reviews.expireAmendments(java.time.LocalDate.of(2000, 1, 2))).isEqualTo(1);
		assertThat(newestAbout(returned)).containsEntry("action", "EXPIRE_AMENDMENT")
			.containsEntry("actor_role", "SYSTEM")
			.containsEntry("status_before", "RETURNED")
			.containsEntry("status_after", "WITHDRAWN");
	}

	/** A started evaluation put straight into SUBMITTED: the filing itself is ApplicationFilingTests' business. */
	private long submitted(PortalUser applicant) {
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		jdbc.update("update application set status = 'SUBMITTED', unit_id = ?, submitted_at = now() where id = ?",
				applicant.unitId(), id);
		return id;
	}

	private PortalUser applicant() {
		int n = People.next();
		String username = People.username("audit", n);
		accounts.createIfAbsent(new NewAccount(username, "Audit#2026x", "审计" + n, Role.APPLICANT, unit(), null,
				People.mobile(n)));
		return (PortalUser) users.loadUserByUsername(username);
	}

	private PortalUser officer() {
		String username = People.username("audit-officer", People.next());
		accounts.createIfAbsent(new NewAccount(username, "Audit#2026x", "审计专员", Role.UNIT_HR, unit(), null));
		return (PortalUser) users.loadUserByUsername(username);
	}

	private long unit() {
		return jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, UNIT);
	}

	private Map<String, Object> newestAbout(long applicationId) {
		return jdbc.queryForMap("""
				select action, actor_id, actor_role, actor_name, client_address, status_before, status_after, detail
				from audit_event where subject_type = 'APPLICATION' and subject_id = ?
				order by occurred_at desc, id desc limit 1""", applicationId);
	}

}
