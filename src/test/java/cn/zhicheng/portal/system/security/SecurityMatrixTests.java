package cn.zhicheng.portal.system.security;

import java.util.Arrays;
import java.util.stream.Stream;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every role's pages against every role, anonymous visitors and forged posts: the doors of the security chain.
 * Principals are the real demo accounts, loaded as the login would load them.
 */
@PortalTest
class SecurityMatrixTests {

	/** Pages that belong to one role: its home and a page below it. */
	static Stream<Arguments> rolePages() {
		return Stream.of(Arguments.of(Role.APPLICANT, "/applicant"), Arguments.of(Role.APPLICANT, "/applicant/profile"),
				Arguments.of(Role.UNIT_HR, "/unit"), Arguments.of(Role.UNIT_HR, "/unit/queue"),
				Arguments.of(Role.COUNTY_REVIEWER, "/county"), Arguments.of(Role.COUNTY_REVIEWER, "/county/queue"),
				Arguments.of(Role.CITY_REVIEWER, "/city"), Arguments.of(Role.CITY_REVIEWER, "/city/queue"),
				Arguments.of(Role.ADMIN, "/admin"), Arguments.of(Role.ADMIN, "/admin/users"));
	}

	static Stream<Arguments> rolePagesByEveryRole() {
		return rolePages().flatMap(page -> Arrays.stream(Role.values())
			.map(caller -> Arguments.of(page.get()[0], page.get()[1], caller)));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService userDetails;

	@ParameterizedTest(name = "{2} opens {1} of {0}")
	@MethodSource("rolePagesByEveryRole")
	void onlyTheOwningRoleOpensARolePage(Role owner, String path, Role caller) {
		HttpStatus expected = owner == caller ? HttpStatus.OK : HttpStatus.FORBIDDEN;
		assertThat(mvc.get().uri(path).with(user(demoAccount(caller)))).hasStatus(expected);
	}

	@ParameterizedTest(name = "anonymous {1}")
	@MethodSource("rolePages")
	void anonymousVisitorsAreSentToTheLoginPage(Role owner, String path) {
		assertThat(mvc.get().uri(path).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/policies", "/qualifications", "/review-notices", "/guides",
			"/announcements", "/downloads", "/certificates/lookup", "/api/v1/regions", "/v3/api-docs",
			"/actuator/health" })
	void publicPagesOpenWithoutSigningIn(String path) {
		assertThat(mvc.get().uri(path)).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/logout" })
	void aPostWithoutCsrfTokenIsRefused(String path) {
		assertThat(mvc.post().uri(path).param("username", "demo-admin").param("password", "Demo#2026")
			.with(user(demoAccount(Role.ADMIN)))).hasStatus(HttpStatus.FORBIDDEN);
	}

	/**
	 * Refused either way: signed in, a forged token is a 403; signed out (a form posted after the session ended) it
	 * leads to the login page with a note, and nothing is done — not even the sign-in it carried.
	 */
	@Test
	void aPostWithAForgedCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/login").param("username", "demo-admin").param("password", "Demo#2026")
			.with(csrf().useInvalidToken())).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?expired");
		assertThat(mvc.post().uri("/login").param("username", "demo-admin").param("password", "Demo#2026")
			.with(csrf().useInvalidToken())).request().sessionAttributes().doesNotContainKey("SPRING_SECURITY_CONTEXT");
		assertThat(mvc.post().uri("/admin/users/1/disable")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("demo-admin").roles("ADMIN"))
			.with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anApiCallWithoutSigningInGets401NotALoginPage() {
		assertThat(mvc.get().uri("/api/v1/not-public")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin");
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

	private UserDetails demoAccount(Role role) {
		String username = switch (role) {
			case APPLICANT -> "demo-applicant";
			case UNIT_HR -> "demo-unit";
			case COUNTY_REVIEWER -> "demo-county";
			case CITY_REVIEWER -> "demo-city";
			case ADMIN -> "demo-admin";
		};
		return userDetails.loadUserByUsername(username);
	}

}
