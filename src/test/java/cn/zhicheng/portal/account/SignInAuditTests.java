package cn.zhicheng.portal.account;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue #10, test 11 (the sign-in part): every sign-in, failed sign-in, attempt on a locked account and sign-out
 * leaves an audit row naming the account, and no row carries the password typed.
 */
@PortalTest
class SignInAuditTests {

	private static final String PASSWORD = "Audit#2026x";

	private static final AtomicInteger accountsMade = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	LockoutPolicy lockout;

	@Autowired
	JdbcTemplate jdbc;

	private String username;

	@BeforeEach
	void account() {
		username = "signin-audit-" + accountsMade.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		accounts.createIfAbsent(new NewAccount(username, PASSWORD, "审计测试", Role.APPLICANT, null, null));
	}

	@Test
	void aSignInAndASignOutAreRecordedForTheAccount() {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post().uri("/login").session(session).with(csrf()).param("username", username)
			.param("password", PASSWORD)).redirectedUrl().isEqualTo("/home");
		assertThat(mvc.post().uri("/logout").session(session).with(csrf())).redirectedUrl()
			.isEqualTo("/login?logout");
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
		assertThat(rows()).extracting(row -> row.get("action"), row -> row.get("actor_id"), row -> row.get("subject_id"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN", id, id),
					org.assertj.core.groups.Tuple.tuple("LOGOUT", id, id));
	}

	@Test
	void failedAndLockedAttemptsAreRecordedWithoutThePassword() {
		for (int i = 0; i < lockout.maxFailures(); i++) {
			mvc.post().uri("/login").with(csrf()).param("username", username).param("password", "Wrong#pass" + i)
				.exchange();
		}
		mvc.post().uri("/login").with(csrf()).param("username", username).param("password", PASSWORD).exchange();
		List<Map<String, Object>> rows = rows();
		assertThat(rows).extracting(row -> row.get("action"))
			.containsExactly(java.util.stream.Stream
				.concat(java.util.Collections.nCopies(lockout.maxFailures(), "LOGIN_FAILED").stream(),
						java.util.stream.Stream.of("LOGIN_REFUSED_LOCKED"))
				.toArray());
		assertThat(rows).allSatisfy(row -> assertThat(String.valueOf(row.get("detail"))).doesNotContain("Wrong#pass")
			.doesNotContain(PASSWORD));
	}

	private List<Map<String, Object>> rows() {
		return jdbc.queryForList("""
				select action, actor_id, subject_id, detail from audit_event
				where actor_name = ? and action like 'LOG%' order by id""", username);
	}

}
