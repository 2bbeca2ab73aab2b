package cn.zhicheng.portal.catalog;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Crafted requests against the catalog's administration: missing entries answer 404, saved windows stay saved. */
@PortalTest
class CatalogEdgeCasesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void postsAgainstEntriesThatDoNotExistAnswerNotFound() {
		for (String path : new String[] { "/admin/catalog/series/999999/fields", "/admin/catalog/fields/999999/specialties",
				"/admin/catalog/fields/999999", "/admin/catalog/specialties/999999" }) {
			assertThat(mvc.post().uri(path).param("name", "x").with(admin()).with(csrf())).as(path)
				.hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(mvc.post().uri("/admin/routing/99999").param("version", "0").param("destination", "CITY_COMMITTEE")
			.with(admin()).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aNewWindowFormCannotOverwriteAYearThatAlreadyHasOne() {
		long committee = jdbc.queryForObject(
				"select id from committee where name = '清远市工程系列生态环境专业中级职称评审委员会'", Long.class);
		String opens = jdbc.queryForObject(
				"select opens_on::text from intake_window where committee_id = ? and review_year = 2025", String.class,
				committee);
		assertThat(mvc.post().uri("/admin/committees/{id}/windows", committee).param("reviewYear", "2025")
			.param("opensOn", "2026-05-05").param("closesOn", "2026-06-06")
			.with(admin()).with(csrf())).hasStatusOk().bodyText().contains("他人已修改此内容");
		assertThat(jdbc.queryForObject(
				"select opens_on::text from intake_window where committee_id = ? and review_year = 2025", String.class,
				committee)).isEqualTo(opens);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(users.loadUserByUsername("demo-admin"));
	}

}
