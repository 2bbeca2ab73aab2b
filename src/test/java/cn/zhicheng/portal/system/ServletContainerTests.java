package cn.zhicheng.portal.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real servlet container shows: the session's idle timeout, a new session id at login, and the Chinese
 * error pages Tomcat's error dispatch renders, none with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ServletContainerTests.Probes.class)
class ServletContainerTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

	/** In the shared store (issue #11), with the container's idle timeout. The cookie carries the id in Base64. */
	@Test
	void sessionsLiveInTheDatabaseAndExpireAfterThirtyIdleMinutes() throws Exception {
		get("/login");
		String id = new String(Base64.getDecoder().decode(sessionId()), StandardCharsets.US_ASCII);
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, id)).isEqualTo(30 * 60);
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		get("/login");
		String before = sessionId();
		assertThat(login("demo-applicant")).isEqualTo(302);
		assertThat(sessionId()).isNotBlank().isNotEqualTo(before);
	}

	@Test
	void aForbiddenPageIsChineseAndPlain() throws Exception {
		login("demo-applicant");
		HttpResponse<String> response = get("/admin");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("无权访问").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aMissingPageIsChineseAndPlain() throws Exception {
		login("demo-applicant");
		HttpResponse<String> response = get("/applicant/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("页面不存在").doesNotContain("Exception");
	}

	@Test
	void aFailureInsideThePortalShowsAChinesePageWithoutItsDetails() throws Exception {
		login("demo-applicant");
		HttpResponse<String> response = get("/test-probe/failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("系统繁忙")
			.doesNotContain(Probes.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("at cn.zhicheng");
	}

	@Test
	void aBadRequestGetsTheGenericChinesePageWithItsCode() throws Exception {
		HttpResponse<String> response = get("/api/v1/regions?parentId=not-a-number");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("错误代码 400").doesNotContain("NumberFormatException");
	}

	@Test
	void anUploadOverTheServletLimitGetsAChineseTooLargePageNotAForbiddenOne() throws Exception {
		login("demo-applicant");
		String photo = formAction(get("/applicant/profile/photo").body(), "/applicant/profile/photo");
		assertTooLarge(photo, "photo");
		// The servlet refuses the request before any handler runs, so the application need not exist.
		assertTooLarge(photo.replace("/applicant/profile/photo", "/applicant/applications/1/attachments/EDUCATION"),
				"file");
		cookies.getCookieStore().removeAll();
		login("demo-admin");
		assertTooLarge(formAction(get("/admin/content/new").body(), "/admin/content"), "attachment");
		assertTooLarge(formAction(get("/admin/certificates/import").body(), "/admin/certificates/import"), "file");
	}

	/** The upload form's action, which carries the CSRF token in its query string. */
	private static String formAction(String page, String path) {
		Matcher action = Pattern.compile("action=\"(" + Pattern.quote(path) + "\\?_csrf=[^\"]+)\"").matcher(page);
		assertThat(action.find()).as("the upload form of %s carries its CSRF token in the URL", path).isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	private void assertTooLarge(String action, String field) throws Exception {
		String boundary = "----portal" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
				+ "\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 12 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpRequest upload = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = http.send(upload, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(action).isEqualTo(413);
		assertThat(response.body()).as(action)
			.contains("文件过大")
			.contains("已保存的内容不受影响")
			.doesNotContain("无权访问")
			.doesNotContain("Exception");
	}

	@Test
	void anApiClientGetsTheErrorInChineseToo() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/eligibility"))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("\"status\":405").contains("出错了").contains("错误代码 405")
			.doesNotContain("Method Not Allowed");
	}

	private int login(String username) throws Exception {
		String page = get("/login").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("login form carries a CSRF token").isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode("Demo#2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpRequest post = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
			.map(HttpCookie::getValue).findFirst().orElse("");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Probes {

		static final String SECRET = "internal-detail-that-must-not-leak";

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/test-probe/failure")
		String fail() {
			throw new IllegalStateException(Probes.SECRET);
		}

	}

}
