package cn.zhicheng.portal.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue #10, test 5: every state-changing request the portal maps (read from the handler mappings, so a new form is
 * covered without touching this test), plus sign-in and sign-out, is refused without a CSRF token and with a forged
 * one, for a signed-in user of every role and for an anonymous visitor, before any handler runs. Prints the figure.
 */
@PortalTest
class CsrfEveryPostTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Test
	void everyStateChangingRequestIsRefusedWithoutOrWithAForgedToken() {
		List<String[]> endpoints = endpoints();
		assertThat(endpoints).as("state-changing endpoints found").hasSizeGreaterThan(80);
		List<String> accepted = new ArrayList<>();
		int probes = 0;
		for (String caller : new String[] { "demo-applicant", "demo-unit", "demo-county", "demo-city", "demo-admin",
				null }) {
			for (String[] endpoint : endpoints) {
				for (boolean forged : new boolean[] { false, true }) {
					probes++;
					MvcTestResult result = probe(endpoint[0], endpoint[1], caller, forged);
					if (!refusedByCsrf(result, caller == null)) {
						accepted.add(endpoint[0] + " " + endpoint[1] + " as " + caller + (forged ? " forged" : " none")
								+ " → " + result.getResponse().getStatus());
					}
				}
			}
		}
		System.out.printf("CSRF: %d state-changing endpoints, %d probes without or with a forged token, %d accepted%n",
				endpoints.size(), probes, accepted.size());
		assertThat(accepted).isEmpty();
	}

	/** Method and path of every mapped handler that changes state, path variables filled in; and the login form. */
	private List<String[]> endpoints() {
		Set<String> found = new TreeSet<>();
		MappedEndpoints.of(mappings, MappedEndpoints.CHANGING, MappedEndpoints.CHANGING)
			.all()
			.forEach(endpoint -> found.add(endpoint.method() + " " + endpoint.path("1")));
		found.add("POST /login");
		found.add("POST /logout");
		return found.stream().map(line -> line.split(" ", 2)).toList();
	}

	private MvcTestResult probe(String method, String path, String caller, boolean forged) {
		var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
		if (caller != null) {
			PortalUser principal = (PortalUser) users.loadUserByUsername(caller);
			request = request.with(user(principal));
		}
		RequestPostProcessor token = forged ? csrf().useInvalidToken() : request1 -> request1;
		return request.with(token).exchange();
	}

	/**
	 * Refused before any handler ran: 403 for a signed-in user (for the role that owns the page, whom authorization
	 * lets through, that can only be the CSRF check), and for an anonymous visitor 403 or, for a form that needs a
	 * sign-in, the login page with "session expired" (ExpiredSessionHandler, on a CSRF failure only).
	 */
	private static boolean refusedByCsrf(MvcTestResult result, boolean anonymous) {
		if (result.getMvcResult().getHandler() != null) {
			return false;
		}
		int status = result.getResponse().getStatus();
		return status == HttpStatus.FORBIDDEN.value() || anonymous && status == HttpStatus.FOUND.value()
				&& "/login?expired".equals(result.getResponse().getRedirectedUrl());
	}

}
