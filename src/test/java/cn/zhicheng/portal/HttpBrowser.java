package cn.zhicheng.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser against a running portal over real HTTP: its own cookies (so its own session), redirects
 * not followed (a save answers with one), and the CSRF token read from a page's form as a browser would submit it.
 */
public final class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final Duration timeout;

	private String csrf = "";

	public HttpBrowser(int port, Duration timeout) {
		this.base = "http://localhost:" + port;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.build();
	}

	/** Signs in through the login form; the form's answer (a 302 to the home page when signed in). */
	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	/** A page, remembering the CSRF token of its form for the next post. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request(path).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** A form post with the last page's CSRF token. */
	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf);
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return http.send(request(path).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
