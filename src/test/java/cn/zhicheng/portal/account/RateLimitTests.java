package cn.zhicheng.portal.account;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.SecurityLimitsTest;
import cn.zhicheng.portal.account.domain.VerificationCodes;
import cn.zhicheng.portal.account.domain.VerificationCodes.Issued;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * 访问频率限制 (issue #10): failed logins per client address, and codes per mobile and per client address, with the
 * limits as shipped (30 failures in 15 min; 10 codes a mobile a day; 20 codes a client an hour). Counted in the
 * database, so every instance sees the same count. Each test uses its own address and mobiles.
 */
@SecurityLimitsTest
class RateLimitTests {

	private static final AtomicInteger addresses = new AtomicInteger(10);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	VerificationCodes codes;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAddressWithTooManyFailedLoginsIsRefusedBeforeItsPasswordIsChecked() {
		String address = nextAddress();
		String username = "throttle-" + People.next();
		accounts.createIfAbsent(new NewAccount(username, "Throttle#2026", "限流测试", Role.APPLICANT, null, null));
		for (int i = 0; i < 30; i++) {
			// Thirty wrong passwords, each on another (non-existent) account: no account's lock is reached.
			assertThat(login(address, "nobody-" + i, "wrong", new MockHttpSession())).redirectedUrl()
				.isEqualTo("/login?error");
		}
		MockHttpSession session = new MockHttpSession();
		assertThat(login(address, username, "Throttle#2026", session)).as("even the right password")
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(mvc.get().uri("/login").param("error", "").session(session)).bodyText()
			.contains("来自您所在网络的登录失败次数过多，请 15 分钟后再试");
		assertThat(login(nextAddress(), username, "Throttle#2026", new MockHttpSession())).as("another address")
			.redirectedUrl()
			.isEqualTo("/home");
		assertThat(jdbc.queryForObject("select failed_login_count from user_account where username = ?",
				Integer.class, username)).as("the refused attempt never reached the account").isZero();

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(login(address, username, "Throttle#2026", new MockHttpSession())).as("once the window has passed")
			.redirectedUrl()
			.isEqualTo("/home");
		System.out.println("login rate limit: 30 failed logins from one address on 30 accounts, the 31st refused before "
				+ "its password was checked; another address unaffected; allowed again after 15 min");
	}

	@Test
	void anIpv6ClientCannotEscapeByMovingWithinItsNetwork() {
		String network = "2001:db8:" + Integer.toHexString(addresses.incrementAndGet()) + ":0:";
		for (int i = 1; i <= 30; i++) {
			login(network + Integer.toHexString(i) + "::1", "nobody-" + i, "wrong", new MockHttpSession());
		}
		MockHttpSession session = new MockHttpSession();
		assertThat(login(network + "ffff::1", "demo-applicant", "Demo#2026", session)).redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(mvc.get().uri("/login").param("error", "").session(session)).bodyText()
			.contains("登录失败次数过多");
		System.out.println("login rate limit: 30 failures from 30 addresses of one IPv6 /64, the 31st refused");
	}

	@Test
	void aMobileReceivesAtMostTenCodesADay() {
		String mobile = People.mobile(People.next());
		int sent = 0;
		Issued last = null;
		for (int i = 0; i < 11; i++) {
			clock.advance(Duration.ofSeconds(61)); // past the resend interval, which is not what is tested here
			last = codes.issue(mobile, CodePurpose.REGISTRATION, Locale.SIMPLIFIED_CHINESE, nextAddress());
			sent += last.sent() ? 1 : 0;
		}
		assertThat(sent).isEqualTo(10);
		assertThat(last.limited()).isTrue();
		assertThat(last.waitSeconds()).isBetween(Duration.ofHours(23).toSeconds(), Duration.ofDays(1).toSeconds());
		clock.advance(Duration.ofDays(1));
		assertThat(codes.issue(mobile, CodePurpose.REGISTRATION, Locale.SIMPLIFIED_CHINESE, nextAddress()).sent())
			.as("a day later")
			.isTrue();
		System.out.println("code rate limit: one mobile, 11 requests from 11 addresses in 11 min, " + sent + " codes sent");
	}

	@Test
	void anAddressAsksForAtMostTwentyCodesAnHour() {
		String address = nextAddress();
		int sent = 0;
		Issued last = null;
		for (int i = 0; i < 21; i++) {
			last = codes.issue(People.mobile(People.next()), CodePurpose.REGISTRATION, Locale.SIMPLIFIED_CHINESE,
					address);
			sent += last.sent() ? 1 : 0;
		}
		assertThat(sent).isEqualTo(20);
		assertThat(last.limited()).isTrue();
		assertThat(last.waitMinutes()).isBetween(59L, 60L);
		System.out.println("code rate limit: one address, 21 mobiles within the hour, " + sent + " codes sent");
	}

	private MvcTestResult login(String address, String username, String password, MockHttpSession session) {
		return mvc.post().uri("/login").session(session).param("username", username).param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	private static String nextAddress() {
		int n = addresses.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

}
