package cn.zhicheng.portal.account.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout's menus ask {@link Viewer} what {@code isAuthenticated()} and {@code hasRole(..)} would answer. */
class ViewerTests {

	private final Viewer viewer = new Viewer();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodyIsSignedInWithoutAnAuthentication() {
		assertThat(viewer.signedIn()).isFalse();
		assertThat(viewer.is("APPLICANT")).isFalse();
	}

	@Test
	void anAnonymousVisitorIsNotSignedInWhateverItsAuthorities() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS", "ROLE_APPLICANT")));
		assertThat(viewer.signedIn()).isFalse();
		assertThat(viewer.is("APPLICANT")).isFalse();
	}

	@Test
	void aSignedInUserHasExactlyTheRolesOfItsAuthorities() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-city", null,
					AuthorityUtils.createAuthorityList("ROLE_CITY_REVIEWER")));
		assertThat(viewer.signedIn()).isTrue();
		assertThat(viewer.is("CITY_REVIEWER")).isTrue();
		assertThat(viewer.is("COUNTY_REVIEWER")).isFalse();
		assertThat(viewer.is("CITY")).isFalse();
	}

	@Test
	void anAuthenticationNotYetAuthenticatedIsNotSignedIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("demo-city", "secret"));
		assertThat(viewer.signedIn()).isFalse();
		assertThat(List.of("APPLICANT", "ADMIN")).noneMatch(viewer::is);
	}

}
