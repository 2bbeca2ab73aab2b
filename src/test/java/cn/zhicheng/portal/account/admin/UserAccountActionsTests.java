package cn.zhicheng.portal.account.admin;

import cn.zhicheng.portal.MockMvcSessions;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.LockoutPolicy;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static cn.zhicheng.portal.account.admin.AdminFixtures.PASSWORD;
import static cn.zhicheng.portal.account.admin.AdminFixtures.idOf;
import static cn.zhicheng.portal.account.admin.AdminFixtures.login;
import static cn.zhicheng.portal.account.admin.AdminFixtures.page;
import static cn.zhicheng.portal.account.admin.AdminFixtures.principal;
import static cn.zhicheng.portal.account.admin.AdminFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Enable, disable, unlock and reset a password, each checked by what it does to a real login. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class UserAccountActionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordPolicy passwordPolicy;

	@Autowired
	LockoutPolicy lockoutPolicy;

	private String username;

	private long id;

	@BeforeEach
	void anAccount() {
		username = unique("act");
		accounts.createIfAbsent(new NewAccount(username, PASSWORD, "操作测试", Role.UNIT_HR, null, null));
		id = idOf(users, username);
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabledAgain() {
		assertThat(act("disable")).redirectedUrl().isEqualTo("/admin/users/" + id);
		assertThat(login(mvc, username, PASSWORD)).isEqualTo("/login?error");
		assertThat(principal(users, username).isEnabled()).isFalse();
		assertThat(page(mvc.get().uri("/admin/users").param("q", username).with(user(admin())).exchange()).text())
			.contains("停用");

		act("enable");
		assertThat(login(mvc, username, PASSWORD)).isEqualTo("/home");
	}

	@Test
	void disablingSignsTheAccountOutAtOnce() {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post().uri("/login").session(session).with(csrf()).param("username", username)
			.param("password", PASSWORD)).redirectedUrl().isEqualTo("/home");
		assertThat(mvc.get().uri("/unit").session(session)).hasStatusOk();
		assertThat(MockMvcSessions.storedId(session)).isNotNull();
		act("disable");
		assertThat(mvc.get().uri("/unit").session(session)).redirectedUrl().isEqualTo("/login?expired");
		assertThat(MockMvcSessions.storedId(session)).as("the stored session ended").isNull();
	}

	@Test
	void anAdministratorCannotDisableThemself() {
		long self = idOf(users, "demo-admin");
		MvcTestResult result = mvc.post().uri("/admin/users/{id}/disable", self).with(user(admin())).with(csrf())
			.exchange();
		assertThat(result).redirectedUrl().isEqualTo("/admin/users/" + self);
		assertThat(result).flash().containsEntry("refusedKey", "admin.users.disable.self");
		assertThat(principal(users, "demo-admin").isEnabled()).isTrue();

		Document page = page(mvc.get().uri("/admin/users/{id}", self).with(user(admin()))
			.flashAttr("refusedKey", "admin.users.disable.self").exchange());
		assertThat(page.selectFirst(".notice--error").text()).contains("不能停用自己的账户");
		assertThat(page.select("form[action$=/disable]")).isEmpty();
	}

	@Test
	void unlockingAfterTooManyFailuresLetsTheRightPasswordIn() {
		for (int i = 0; i < lockoutPolicy.maxFailures(); i++) {
			assertThat(login(mvc, username, "wrong-" + i)).isEqualTo("/login?error");
		}
		assertThat(login(mvc, username, PASSWORD)).as("locked").isEqualTo("/login?error");
		Document list = page(mvc.get().uri("/admin/users").param("q", username).with(user(admin())).exchange());
		assertThat(list.selectFirst("tbody tr").text()).contains("锁定至");
		assertThat(page(mvc.get().uri("/admin/users/{id}", id).with(user(admin())).exchange())
			.select("form[action$=/unlock]")).hasSize(1);

		act("unlock");
		assertThat(login(mvc, username, PASSWORD)).isEqualTo("/home");
	}

	@Test
	void aResetPasswordIsShownOnceSatisfiesThePolicyAndSignsIn(CapturedOutput output) {
		MvcTestResult result = act("password");
		String temporary = (String) result.getMvcResult().getFlashMap().get("temporaryPassword");

		assertThat(temporary).hasSizeGreaterThanOrEqualTo(12).matches(".*[A-Z].*").matches(".*[a-z].*")
			.matches(".*[0-9].*").matches(".*[^A-Za-z0-9].*").doesNotContainPattern("[IOlo01\\s]");
		assertThat(passwordPolicy.accepts(temporary)).isTrue();
		assertThat(login(mvc, username, PASSWORD)).as("old password").isEqualTo("/login?error");
		assertThat(login(mvc, username, temporary)).isEqualTo("/home");

		Document shown = page(mvc.get().uri("/admin/users/{id}", id).with(user(admin()))
			.flashAttr("temporaryPassword", temporary).exchange());
		assertThat(shown.selectFirst(".temporary-password").text()).isEqualTo(temporary);
		assertThat(shown.text()).contains("只显示这一次").contains("安全方式");
		Document again = page(mvc.get().uri("/admin/users/{id}", id).with(user(admin())).exchange());
		assertThat(again.html()).doesNotContain(temporary);

		assertThat(output).doesNotContain(temporary);
		assertThat(output.getAll().lines().filter(line -> line.contains("USER_PASSWORD_RESET")))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("Account " + id + ": USER_PASSWORD_RESET by administrator " + idOf(users, "demo-admin"))
			.doesNotContain(username);
	}

	@Test
	void twoResetsGiveDifferentPasswords() {
		String first = (String) act("password").getMvcResult().getFlashMap().get("temporaryPassword");
		String second = (String) act("password").getMvcResult().getFlashMap().get("temporaryPassword");
		assertThat(first).isNotEqualTo(second);
		assertThat(login(mvc, username, first)).isEqualTo("/login?error");
		assertThat(login(mvc, username, second)).isEqualTo("/home");
	}

	@Test
	void actionsOnAMissingAccountAnswer404() {
		assertThat(mvc.post().uri("/admin/users/{id}/unlock", Long.MAX_VALUE).with(user(admin())).with(csrf()))
			.hasStatus(org.springframework.http.HttpStatus.NOT_FOUND);
	}

	private MvcTestResult act(String action) {
		MvcTestResult result = mvc.post().uri("/admin/users/{id}/" + action, id).with(user(admin())).with(csrf())
			.exchange();
		assertThat(result).redirectedUrl().isEqualTo("/admin/users/" + id);
		return result;
	}

	private UserDetails admin() {
		return users.loadUserByUsername("demo-admin");
	}

}
