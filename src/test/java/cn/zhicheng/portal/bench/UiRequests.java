package cn.zhicheng.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every list, filter and search page of the portal, opened as the role that sees it, against the generated data set:
 * the busiest unit and county, 广州市, an applicant with ten files, the administrator and the public. Each page's
 * next-page link is followed once, so the keyset queries run too. A page that fails (5xx) fails the test.
 */
final class UiRequests {

	private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*[?&](?:amp;)?(?:after|before|afterId)=[^\"]*)\"");

	private final MockMvc mvc;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	private final List<String> failures = new ArrayList<>();

	UiRequests(ConfigurableApplicationContext portal, JdbcTemplate jdbc) {
		this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal).apply(springSecurity()).build();
		this.users = portal.getBean(UserDetailsService.class);
		this.jdbc = jdbc;
	}

	/** Opens every page; returns those that failed. */
	List<String> openEverything() throws Exception {
		CapturedSql.on = true;
		try {
			unit();
			county();
			city();
			applicant();
			publicPages();
			admin();
		}
		finally {
			CapturedSql.on = false;
		}
		return failures;
	}

	private void unit() throws Exception {
		long unit = jdbc.queryForObject(
				"select unit_id from application group by unit_id order by count(*) desc limit 1", Long.class);
		UserDetails officer = account("select username from user_account where role = 'UNIT_HR' and unit_id = ?", unit);
		Map<String, Object> file = jdbc.queryForMap("select id, number, applicant_name from application "
				+ "where unit_id = ? and submitted_at is not null order by status = 'IN_PUBLIC_NOTICE' desc, id desc limit 1",
				unit);
		for (String query : List.of("", "?status=SUBMITTED", "?status=IN_PUBLIC_NOTICE", "?q=" + surname(file),
				"?q=" + file.get("applicant_name"), "?q=" + file.get("number"), "?status=PASSED")) {
			page(officer, "/unit/queue" + query);
		}
		for (String path : List.of("/unit", "/unit/staff", "/unit/change-requests", "/unit/officers",
				"/units/approvals", "/unit/exports", "/unit/applications/" + file.get("id"),
				"/unit/applications/" + file.get("id") + "/objections", "/unit/queue/export.csv?status=SUBMITTED",
				"/unit/notices/export.csv?year=2025")) {
			page(officer, path);
		}
	}

	private void county() throws Exception {
		long county = jdbc.queryForObject("select county_id from application where county_id is not null "
				+ "group by county_id order by count(*) desc limit 1", Long.class);
		UserDetails reviewer = account(
				"select username from user_account where role = 'COUNTY_REVIEWER' and region_id = ?", county);
		Map<String, Object> file = jdbc.queryForMap("select id, number, applicant_name from application "
				+ "where county_id = ? order by status = 'COUNTY_REVIEW' desc, id desc limit 1", county);
		for (String query : List.of("", "?status=COUNTY_REVIEW", "?status=CITY_REVIEW", "?q=" + surname(file),
				"?q=" + file.get("applicant_name"), "?q=" + file.get("number"), "?level=INTERMEDIATE")) {
			page(reviewer, "/county/queue" + query);
		}
		for (String path : List.of("/county", "/county/dashboard", "/county/dashboard?year=2024", "/county/exports",
				"/county/applications/" + file.get("id"), "/county/queue/export.csv?status=COUNTY_REVIEW",
				"/county/notices/export.csv?year=2025", "/county/results/export.csv?year=2024")) {
			page(reviewer, path);
		}
	}

	private void city() throws Exception {
		long city = jdbc.queryForObject("select id from region where code = '440100'", Long.class);
		UserDetails reviewer = account("select username from user_account where username = 'bench-city-440100'");
		Map<String, Object> file = jdbc.queryForMap("""
				select id, number, applicant_name, committee_id, specialty_id, county_id from application
				where city_id = ? and committee_id is not null and county_id is not null
				order by status = 'CITY_REVIEW' desc, id desc limit 1""", city);
		String committee = "committeeId=" + file.get("committee_id");
		for (String query : List.of("", "?status=CITY_REVIEW", "?status=ACCEPTED", "?" + committee,
				"?specialtyId=" + file.get("specialty_id"), "?level=ASSISTANT", "?countyId=" + file.get("county_id"),
				"?q=" + surname(file), "?q=" + file.get("applicant_name"), "?q=" + file.get("number"),
				"?" + committee + "&status=CITY_REVIEW&level=INTERMEDIATE",
				"?countyId=" + file.get("county_id") + "&status=IN_COMMITTEE_REVIEW", "?status=PASSED")) {
			page(reviewer, "/city/queue" + query);
		}
		Long open = jdbc.queryForObject("select id from committee_session where committee_id = ? and review_year = 2025",
				Long.class, file.get("committee_id"));
		Long published = jdbc.queryForObject(
				"select id from committee_session where committee_id = ? and review_year = 2024", Long.class,
				file.get("committee_id"));
		for (String path : List.of("/city", "/city/dashboard", "/city/dashboard?year=2023", "/city/exports",
				"/city/committee-sessions", "/city/committee-sessions/" + open, "/city/committee-sessions/" + published,
				"/city/certificate-corrections", "/city/certificate-corrections?status=RESOLVED",
				"/city/applications/" + file.get("id"), "/city/queue/export.csv?" + committee,
				"/city/notices/export.csv?year=2025", "/city/results/export.csv?year=2024",
				"/city/results/export.csv?year=2024&" + committee)) {
			page(reviewer, path);
		}
	}

	private void applicant() throws Exception {
		UserDetails person = account("select username from user_account where username = 'bench-p000001'");
		long file = jdbc.queryForObject("select max(id) from application where applicant_id = "
				+ "(select id from user_account where username = 'bench-p000001')", Long.class);
		for (String path : List.of("/applicant", "/applicant/applications", "/applicant/applications/" + file,
				"/applicant/certificates", "/applicant/records", "/applicant/profile", "/applicant/unit",
				"/applicant/unit?q=天河区第1", "/applicant/unit?q=天河区第2")) {
			page(person, path);
		}
	}

	private void publicPages() throws Exception {
		Map<String, Object> certificate = jdbc.queryForMap(
				"select number, holder_name from certificate where source = 'ISSUED' order by id desc limit 1");
		Long session = jdbc.queryForObject(
				"select max(id) from committee_session where published_at is not null", Long.class);
		for (String path : List.of("/", "/notices", "/notices?q=广州", "/results", "/results/" + session,
				"/units/register/help", "/api/v1/certificates/verify?number=" + certificate.get("number") + "&name="
						+ certificate.get("holder_name"))) {
			page(null, path);
		}
		request(post("/certificates/lookup").param("by", "number").param("number", (String) certificate.get("number"))
			.param("holderName", (String) certificate.get("holder_name")).with(csrf()), "POST /certificates/lookup");
	}

	private void admin() throws Exception {
		UserDetails admin = account("select username from user_account where username = 'bench-admin'");
		for (String path : List.of("/admin", "/admin/users", "/admin/users?q=bench-p0001", "/admin/users?q=王",
				"/admin/users?role=APPLICANT", "/admin/users?role=UNIT_HR&q=bench-unit-1", "/admin/audit",
				"/admin/audit?actor=bench-city-440100", "/admin/notifications", "/admin/dashboard",
				"/admin/dashboard?year=2022", "/admin/exports", "/admin/committees", "/units/approvals")) {
			page(admin, path);
		}
	}

	private UserDetails account(String sql, Object... args) {
		return users.loadUserByUsername(jdbc.queryForObject(sql, String.class, args));
	}

	private static String surname(Map<String, Object> file) {
		return String.valueOf(file.get("applicant_name")).substring(0, 1);
	}

	/** Opens the page and, once, its next page. */
	private void page(@Nullable UserDetails who, String path) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (who != null) {
			request.with(user(who));
		}
		MockHttpServletResponse response = request(request, path);
		Matcher next = NEXT.matcher(response.getContentType() != null
				&& response.getContentType().startsWith("text/html") ? response.getContentAsString() : "");
		if (next.find()) {
			String link = next.group(1).replace("&amp;", "&");
			MockHttpServletRequestBuilder more = get(link.startsWith("?") ? path.replaceAll("\\?.*", "") + link : link);
			if (who != null) {
				more.with(user(who));
			}
			request(more, path + " (next page)");
		}
	}

	private MockHttpServletResponse request(MockHttpServletRequestBuilder request, String origin) throws Exception {
		CapturedSql.origin = origin;
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		// An old session's results are no longer public (PublicResults): its page is a 404 by design.
		if (response.getStatus() >= 400 && !(response.getStatus() == 404 && origin.startsWith("/results/"))) {
			failures.add(origin + " -> " + response.getStatus());
		}
		return response;
	}

}
