package cn.zhicheng.portal.account;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Lockout after consecutive failures, refused even with the right password, lifted when the time has passed. */
@PortalTest
class LoginLockoutTests {

	private static final String PASSWORD = "Lockout#2026";

	private static final AtomicInteger accountsMade = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	LockoutPolicy policy;

	private String username;

	@BeforeEach
	void freshAccountAndClock() {
		clock.set(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		username = "lockout-" + accountsMade.incrementAndGet();
		accounts.createIfAbsent(new NewAccount(username, PASSWORD, "锁定测试", Role.APPLICANT, null, null));
	}

	@Test
	void theLimitingFailureLocksTheAccountAndSaysUntilWhen() throws Exception {
		for (int i = 1; i < policy.maxFailures(); i++) {
			assertThat(loginMessage("wrong-" + i)).contains("用户名或密码不正确");
		}
		assertThat(loginMessage("wrong-last")).contains("账户已锁定").contains("2026-03-02 09:15");
	}

	@Test
	void whileLockedEvenTheRightPasswordIsRefused() {
		failTimes(policy.maxFailures());
		clock.advance(policy.duration().minusMinutes(1));
		MockHttpSession session = new MockHttpSession();
		assertThat(login(PASSWORD, session)).redirectedUrl().isEqualTo("/login?error");
		assertThat(mvc.get().uri("/login").param("error", "").session(session)).bodyText()
			.contains("账户已锁定")
			.contains("2026-03-02 09:15");
	}

	@Test
	void theLockEndsWhenItsDurationHasPassed() {
		failTimes(policy.maxFailures());
		clock.advance(policy.duration());
		assertThat(login(PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/home");
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		failTimes(policy.maxFailures() - 1);
		assertThat(login(PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/home");
		failTimes(policy.maxFailures() - 1);
		assertThat(login(PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/home");
	}

	@Test
	void failuresAreCountedWhateverTheUsernameCase() {
		for (int i = 0; i < policy.maxFailures(); i++) {
			assertThat(mvc.post().uri("/login").param("username", username.toUpperCase()).param("password", "nope")
				.with(csrf())).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login(PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/login?error");
	}

	private void failTimes(int times) {
		for (int i = 0; i < times; i++) {
			assertThat(login("wrong-" + i, new MockHttpSession())).redirectedUrl().isEqualTo("/login?error");
		}
	}

	private String loginMessage(String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		login(password, session);
		MvcTestResult page = mvc.get().uri("/login").param("error", "").session(session).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private MvcTestResult login(String password, MockHttpSession session) {
		return mvc.post().uri("/login").param("username", username).param("password", password).session(session)
			.with(csrf()).exchange();
	}

}
