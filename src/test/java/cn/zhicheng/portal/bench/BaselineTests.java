package cn.zhicheng.portal.bench;

import cn.zhicheng.portal.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The benchmark baselines (issue #9) exist only in profile {@code bench}: in the portal itself they are not mapped. */
@PortalTest
class BaselineTests {

	static final String[] BASELINES = { "/bench/baseline/bcrypt", "/bench/baseline/account?username=demo-city",
			"/bench/baseline/queue?role=CITY_REVIEWER&region=1", "/bench/baseline/applications?applicant=1",
			"/bench/baseline/applications/1?applicant=1", "/bench/baseline/certificate?holderName=x&number=y" };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void baselinesAreRefusedAnonymouslyWithoutTheBenchProfile() {
		for (String path : BASELINES) {
			assertThat(mvc.get().uri(path)).as(path).hasStatus4xxClientError();
		}
	}

	@Test
	void baselinesAreNotMappedWithoutTheBenchProfile() {
		for (String path : BASELINES) {
			assertThat(mvc.get().uri(path).with(user(users.loadUserByUsername("demo-admin")))).as(path)
				.hasStatus(HttpStatus.NOT_FOUND);
		}
	}

}
