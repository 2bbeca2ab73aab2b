package cn.zhicheng.portal.account.admin;

import java.util.stream.Stream;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.UserAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static cn.zhicheng.portal.account.admin.AdminFixtures.idOf;
import static cn.zhicheng.portal.account.admin.AdminFixtures.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Only administrators reach 用户管理: the security chain refuses the others, and the service refuses them again. */
@PortalTest
class UserAdministrationAccessTests {

	static final String[] NON_ADMINS = { "demo-applicant", "demo-unit", "demo-county", "demo-city" };

	/** Every page and action, {id} standing for the demo applicant's account. */
	static Stream<Arguments> everyPathByEveryNonAdmin() {
		Stream<Arguments> requests = Stream.of(Arguments.of(HttpMethod.GET, "/admin/users"),
				Arguments.of(HttpMethod.GET, "/admin/users/{id}"), Arguments.of(HttpMethod.GET, "/admin/users/new"),
				Arguments.of(HttpMethod.POST, "/admin/users/new"),
				Arguments.of(HttpMethod.POST, "/admin/users/{id}/enable"),
				Arguments.of(HttpMethod.POST, "/admin/users/{id}/disable"),
				Arguments.of(HttpMethod.POST, "/admin/users/{id}/unlock"),
				Arguments.of(HttpMethod.POST, "/admin/users/{id}/password"),
				Arguments.of(HttpMethod.POST, "/admin/users/{id}/scope"));
		return requests.flatMap(request -> Stream.of(NON_ADMINS)
			.map(caller -> Arguments.of(request.get()[0], request.get()[1], caller)));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@ParameterizedTest(name = "{2}: {0} {1}")
	@MethodSource("everyPathByEveryNonAdmin")
	void nonAdministratorsAreRefused(HttpMethod method, String path, String caller) {
		long target = idOf(users, "demo-applicant");
		assertThat(mvc.perform(MockMvcRequestBuilders.request(method, path, target)
			.param("role", "ADMIN")
			.with(user(principal(users, caller)))
			.with(csrf()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(principal(users, "demo-applicant").role()).isEqualTo(Role.APPLICANT);
		assertThat(principal(users, "demo-applicant").isEnabled()).isTrue();
	}

	@Test
	void theServiceRefusesANonAdministrator() {
		PortalUser city = principal(users, "demo-city");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> administration.search(city, "", null, null));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> administration.resetPassword(city, idOf(users, "demo-applicant")));
	}

	/** A session claiming the role is not enough: the account behind it must be an enabled administrator now. */
	@Test
	void theServiceRefusesASessionWhoseAccountIsNoLongerAnAdministrator() {
		PortalUser city = principal(users, "demo-city");
		PortalUser forged = new PortalUser(city.id(), city.getUsername(), "", city.displayName(), Role.ADMIN, null,
				null, true, true);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> administration.disable(forged, idOf(users, "demo-applicant")));
		assertThat(principal(users, "demo-applicant").isEnabled()).isTrue();
	}

	@Test
	void anAdministratorOpensEveryPage() {
		PortalUser admin = principal(users, "demo-admin");
		assertThat(mvc.get().uri("/admin/users").with(user(admin))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/users/new").with(user(admin))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/users/{id}", idOf(users, "demo-applicant")).with(user(admin)))
			.hasStatusOk();
		assertThat(mvc.get().uri("/admin/users/{id}", Long.MAX_VALUE).with(user(admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
