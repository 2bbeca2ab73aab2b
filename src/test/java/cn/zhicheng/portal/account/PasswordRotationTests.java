package cn.zhicheng.portal.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.MockMvcSessions;
import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.SecurityLimitsTest;
import cn.zhicheng.portal.account.domain.UserAdministration;
import cn.zhicheng.portal.notification.NotificationInbox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * 口令定期更换 (issue #10): after {@code max-age} every page leads to 修改密码 until the password is changed; none of
 * the last five may be chosen again; a change ends the user's other sessions; an administrator's temporary password
 * must be changed at once; and a session ends 12 hours after its sign-in however busy. Its own context: the shared
 * one sets expiries its clock moves never reach.
 */
@SecurityLimitsTest
class PasswordRotationTests {

	private static final AtomicInteger accountsMade = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService users;

	@Autowired
	NotificationInbox inbox;

	private String username;

	@BeforeEach
	void freshAccount() {
		clock.set(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		username = "rotation-" + accountsMade.incrementAndGet();
		accounts.createIfAbsent(new NewAccount(username, "Rotate#2026a", "轮换测试", Role.APPLICANT, null, null));
	}

	@Test
	void aPasswordIsGoodForItsMaximumAgeAndNotADayMore() {
		clock.advance(Duration.ofDays(89));
		MockHttpSession session = signIn("Rotate#2026a");
		assertThat(mvc.get().uri("/applicant").session(session)).hasStatusOk();

		clock.advance(Duration.ofDays(1));
		session = signIn("Rotate#2026a");
		for (String page : new String[] { "/home", "/applicant", "/applicant/applications", "/applicant/profile",
				"/notices" }) {
			assertThat(mvc.get().uri(page).session(session)).as(page).redirectedUrl()
				.isEqualTo("/account/password?expired");
		}
		Document form = page(mvc.get().uri("/account/password").param("expired", "").session(session).exchange());
		assertThat(form.select("[role=alert]").text()).contains("超过 90 天");
		assertThat(form.select("label[for=currentPassword]").text()).isEqualTo("当前密码");

		MvcTestResult changed = change(session, "Rotate#2026a", "Rotate#2026b");
		assertThat(changed).redirectedUrl().isEqualTo("/applicant");
		assertThat(page(mvc.get().uri("/applicant").session(session).flashAttrs(changed.getMvcResult().getFlashMap()).exchange())
			.select("[role=status]").text()).contains("密码已修改");
		assertThat(mvc.get().uri("/applicant").session(session)).hasStatusOk();
		assertThat(mvc.get().uri("/applicant/applications").session(session)).hasStatusOk();
		assertThat(jdbc.sql("select password_changed_at = :now from user_account where username = :u")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("u", username)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(historyRows()).isEqualTo(1);
		assertThat(signIn("Rotate#2026b")).isNotNull();
	}

	@Test
	void aWrongCurrentPasswordChangesNothingAndSaysSoBesideTheField() {
		MockHttpSession session = signIn("Rotate#2026a");
		MvcTestResult refused = change(session, "Not-the-one#1", "Rotate#2026b");
		assertThat(refused).hasStatusOk();
		Document page = page(refused);
		assertThat(page.select("#currentPassword-error").text()).isEqualTo("当前密码不正确。");
		assertThat(page.select("#currentPassword").attr("aria-describedby")).contains("currentPassword-error");
		assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
		assertThat(historyRows()).isZero();
		assertThat(signIn("Rotate#2026a")).isNotNull();
	}

	@Test
	void noneOfTheLastFivePasswordsMayComeBackTheSixthMay() {
		MockHttpSession session = signIn("Rotate#2026a");
		String[] used = { "Rotate#2026a", "Rotate#2026b", "Rotate#2026c", "Rotate#2026d", "Rotate#2026e" };
		for (int i = 1; i < used.length; i++) {
			assertThat(change(session, used[i - 1], used[i])).redirectedUrl().isEqualTo("/applicant");
		}
		for (String old : used) {
			Document refused = page(change(session, "Rotate#2026e", old));
			assertThat(refused.select("#password-error").text()).as(old).isEqualTo("不能使用最近 5 次用过的密码，请另选一个。");
		}
		assertThat(change(session, "Rotate#2026e", "Rotate#2026f")).redirectedUrl().isEqualTo("/applicant");
		// Now the last five are b–f: a is old enough to be chosen again.
		assertThat(change(session, "Rotate#2026f", "Rotate#2026a")).redirectedUrl().isEqualTo("/applicant");
		assertThat(historyRows()).isEqualTo(6);
	}

	@Test
	void aChangeEndsTheUsersOtherSessionsButNotThisOne() {
		MockHttpSession phone = signIn("Rotate#2026a");
		MockHttpSession desk = signIn("Rotate#2026a");
		assertThat(mvc.get().uri("/applicant").session(phone)).hasStatusOk();
		assertThat(change(desk, "Rotate#2026a", "Rotate#2026b")).redirectedUrl().isEqualTo("/applicant");
		assertThat(mvc.get().uri("/applicant").session(phone)).redirectedUrl().isEqualTo("/login?expired");
		assertThat(mvc.get().uri("/applicant").session(desk)).hasStatusOk();
	}

	@Test
	void anAdministratorsTemporaryPasswordMustBeChangedAtTheNextSignIn() {
		PortalUser admin = (PortalUser) users.loadUserByUsername("demo-admin");
		long id = jdbc.sql("select id from user_account where username = :u").param("u", username)
			.query(Long.class).single();
		String temporary = administration.resetPassword(admin, id);
		MockHttpSession session = signIn(temporary);
		assertThat(mvc.get().uri("/home").session(session)).redirectedUrl().isEqualTo("/account/password?expired");
		assertThat(change(session, temporary, "Rotate#2026z")).redirectedUrl().isEqualTo("/applicant");
		assertThat(mvc.get().uri("/applicant").session(session)).hasStatusOk();
	}

	@Test
	void aResetByCodeRefusesARecentPasswordAndTheSameCodeServesTheNextTry() {
		String mobile = People.mobile(People.next());
		numbers.setMobile(username, mobile);
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post().uri("/password-reset/code").session(session).with(csrf()).param("username", username)
			.param("mobile", mobile)).hasStatusOk();
		String code = People.lastCodeSentTo(inbox, mobile);

		Document refused = page(reset(session, mobile, code, "Rotate#2026a"));
		assertThat(refused.select("#password-error").text()).isEqualTo("不能使用最近 5 次用过的密码，请另选一个。");
		assertThat(reset(session, mobile, code, "Rotate#2026r")).redirectedUrl().isEqualTo("/login?reset");
		assertThat(signIn("Rotate#2026r")).isNotNull();
		assertThat(historyRows()).isEqualTo(1);
	}

	private MvcTestResult reset(MockHttpSession session, String mobile, String code, String password) {
		return mvc.post().uri("/password-reset").session(session).with(csrf()).param("username", username)
			.param("mobile", mobile).param("code", code).param("password", password)
			.param("confirmPassword", password).exchange();
	}

	@Test
	void aSessionEndsItsAbsoluteLifetimeAfterTheSignInHoweverBusy() {
		MockHttpSession session = signIn("Rotate#2026a");
		for (int hour = 0; hour < 11; hour++) {
			clock.advance(Duration.ofHours(1));
			assertThat(mvc.get().uri("/applicant").session(session)).as("hour %d", hour + 1).hasStatusOk();
		}
		clock.advance(Duration.ofMinutes(59));
		assertThat(mvc.get().uri("/applicant").session(session)).hasStatusOk();
		clock.advance(Duration.ofMinutes(1));
		assertThat(MockMvcSessions.storedId(session)).isNotNull();
		assertThat(mvc.get().uri("/applicant").session(session)).redirectedUrl().isEqualTo("/login?expired");
		assertThat(MockMvcSessions.storedId(session)).as("the stored session ended").isNull();
		MockHttpSession again = signIn("Rotate#2026a");
		assertThat(mvc.get().uri("/applicant").session(again)).hasStatusOk();
	}

	private MockHttpSession signIn(String password) {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post().uri("/login").param("username", username).param("password", password)
			.session(session).with(csrf())).redirectedUrl().isEqualTo("/home");
		return session;
	}

	private MvcTestResult change(MockHttpSession session, String current, String next) {
		return mvc.post().uri("/account/password").session(session).with(csrf()).param("currentPassword", current)
			.param("password", next).param("confirmPassword", next).exchange();
	}

	private int historyRows() {
		return jdbc.sql("select count(*) from password_history h join user_account a on a.id = h.account_id "
				+ "where a.username = :u").param("u", username).query(Integer.class).single();
	}

	private static Document page(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
