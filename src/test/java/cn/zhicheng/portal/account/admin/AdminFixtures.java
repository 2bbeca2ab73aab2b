package cn.zhicheng.portal.account.admin;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.portal.account.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** What the administration tests share: unique names, account ids, form logins and parsed pages. */
final class AdminFixtures {

	static final String PASSWORD = "Admin#Test2026";

	private static final AtomicInteger made = new AtomicInteger();

	private static final SecureRandom random = new SecureRandom();

	private AdminFixtures() {
	}

	/** A name no earlier test or run has used: the test database outlives one class. */
	static String unique(String prefix) {
		return prefix + Long.toString(System.currentTimeMillis(), 36) + made.incrementAndGet();
	}

	static String randomMobile() {
		return "139" + String.format("%08d", random.nextInt(100_000_000));
	}

	static PortalUser principal(UserDetailsService users, String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	static long idOf(UserDetailsService users, String username) {
		return principal(users, username).id();
	}

	/** Signs in through the real login form and answers where it was sent. */
	static String login(MockMvcTester mvc, String username, String password) {
		MvcTestResult result = mvc.post().uri("/login").param("username", username).param("password", password)
			.with(csrf()).exchange();
		assertThat(result).hasStatus3xxRedirection();
		return result.getResponse().getRedirectedUrl();
	}

	static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
