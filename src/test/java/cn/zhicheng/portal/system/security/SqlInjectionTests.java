package cn.zhicheng.portal.system.security;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.system.security.MappedEndpoints.Endpoint;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue #10, test 7: classic SQL injection payloads in every input of every mapped request — each path variable,
 * request parameter, form field, uploaded file name and JSON field of its handler (read from the handler method, so a
 * new page is covered without touching this test) — sent as a user who may open the page, have no effect: no 500, no
 * response as slow as the {@code pg_sleep(5)} some of them ask for, no search that finds more than a search for
 * nothing, and no change to the data that a query could make and a form could not. Its own context and database:
 * the writing probes post to real forms; the lookup limit is lifted so the lookups are not refused before the query
 * runs, and the outbox is not dispatched in the background, so that reading pages leaves every table as it was.
 */
@PortalTest
@TestPropertySource(properties = { "portal.certificate.lookups-per-client-per-hour=100000000",
		"portal.notification.outbox.dispatch-every=PT10000H" })
class SqlInjectionTests {

	/** Quotes, comments, stacked statements, unions, sleeps, and the same through encodings a decoder might undo. */
	static final List<String> PAYLOADS = List.of("' OR '1'='1", "1 OR 1=1", "admin'/**/OR/**/1=1--",
			"'; drop table application; --", "1; select pg_sleep(5)--", "'||pg_sleep(5)||'",
			"' UNION SELECT username, password_hash FROM app_user--", "%27 OR %271%27=%271",
			"\uFF07 OR \uFF071\uFF07=\uFF071", "$$; update app_user set enabled = false; $$");

	/**
	 * For a number, date, flag or choice: the value never reaches SQL unless it converts, and no payload does; these
	 * show that it is refused cleanly rather than failing.
	 */
	static final List<String> TYPED_PAYLOADS = List.of("1 OR 1=1");

	/** A value no search matches, and no number parses: what a payload may find at most. */
	static final String NO_MATCH = "zq-no-such-9";

	/** Slower than any page here, faster than the five seconds the sleeping payloads ask the database for. */
	static final long SLOW_MILLIS = 4000;

	/** Rows on a page: table rows and JSON objects. */
	static final Pattern ROW = Pattern.compile("<tr[\\s>]|\\{\"");

	/** A path variable, {id}, {slug:regex} or {*rest}, its name in group 1. */
	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]*)[^}]*}");

	private static final Set<RequestMethod> READING = Set.of(RequestMethod.GET);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommitteeFiles files;

	private final List<String> effects = new ArrayList<>();

	private int probes;

	private int inputs;

	@Test
	void noInputOfAnyRequestReachesTheDatabaseAsSql() {
		fillQueues();
		Map<String, List<String>> start = TableRows.snapshot(jdbc);
		List<Endpoint> reading = MappedEndpoints.of(mappings, READING, READING).all();
		reading.forEach(this::probeAll);
		Map<String, List<String>> afterReading = TableRows.snapshot(jdbc);
		effects.addAll(TableRows.changes(start, afterReading, true));
		List<Endpoint> writing = MappedEndpoints.of(mappings, MappedEndpoints.CHANGING, Set.of(RequestMethod.POST)).all();
		writing.forEach(this::probeAll);
		effects.addAll(TableRows.changes(afterReading, TableRows.snapshot(jdbc), false));
		System.out.printf("sql injection: %d endpoints, %d parameters, %d probes, %d effects%n",
				reading.size() + writing.size(), inputs, probes, effects.size());
		assertThat(effects).isEmpty();
	}

	/**
	 * A file in each reviewer's queue (the demo world's are empty), so that a search a payload widened, or a sleep
	 * run once per row, would show. Filed through the services to the city; two are then set back to the earlier
	 * stages in SQL, which is all the unit's and the county's queues read.
	 */
	private void fillQueues() {
		long committee = files.committee(CommitteeFiles.COMMITTEE);
		files.file(files.applicant(), committee, id -> {
		}, ApplicationStatus.CITY_REVIEW);
		for (ApplicationStatus earlier : List.of(ApplicationStatus.COUNTY_REVIEW, ApplicationStatus.SUBMITTED)) {
			long id = files.file(files.applicant(), committee, file -> {
			}, ApplicationStatus.CITY_REVIEW);
			jdbc.sql("update application set status = :status where id = :id")
				.param("status", earlier.name())
				.param("id", id)
				.update();
		}
	}

	private void probeAll(Endpoint endpoint) {
		String caller = caller(endpoint.pattern());
		for (Input input : Input.of(endpoint)) {
			inputs++;
			int noMatchRows = Integer.MAX_VALUE;
			if (input.kind() == Input.Kind.PARAM && endpoint.method() == HttpMethod.GET) {
				MvcTestResult noMatch = send(endpoint, input, NO_MATCH, caller);
				check(endpoint + " " + input + "=" + NO_MATCH + " as " + caller, noMatch);
				noMatchRows = rows(noMatch);
			}
			for (String payload : input.type() == String.class ? PAYLOADS : TYPED_PAYLOADS) {
				probes++;
				String probe = endpoint + " " + input + "=" + payload + " as " + caller;
				long began = System.nanoTime();
				MvcTestResult result = send(endpoint, input, payload, caller);
				if (millis(began) > SLOW_MILLIS) {
					// A busy machine can stall one request; a query that sleeps sleeps every time.
					began = System.nanoTime();
					send(endpoint, input, payload, caller);
					if (millis(began) > SLOW_MILLIS) {
						effects.add(probe + " → " + millis(began) + " ms, twice");
					}
				}
				check(probe, result);
				if (rows(result) > noMatchRows) {
					effects.add(probe + " → " + rows(result) + " rows, " + noMatchRows + " for no match");
				}
			}
		}
	}

	private static long millis(long began) {
		return (System.nanoTime() - began) / 1_000_000;
	}

	/** A failure the request ended in: an exception no handler resolved, or a server error. */
	private void check(String probe, MvcTestResult result) {
		Throwable unresolved = result.getUnresolvedException();
		if (unresolved != null) {
			effects.add(probe + " → " + unresolved);
		}
		else if (result.getResponse().getStatus() >= 500) {
			effects.add(probe + " → " + result.getResponse().getStatus());
		}
	}

	private MvcTestResult send(Endpoint endpoint, Input input, String value, String caller) {
		Matcher names = VARIABLE.matcher(endpoint.pattern());
		StringBuilder path = new StringBuilder();
		while (names.find()) {
			boolean target = input.kind() == Input.Kind.PATH && input.name().equals(names.group(1));
			names.appendReplacement(path, Matcher.quoteReplacement(
					target ? UriUtils.encodePathSegment(value, StandardCharsets.UTF_8) : "1"));
		}
		names.appendTail(path);
		var unsigned = mvc.method(endpoint.method()).uri(URI.create(path.toString()));
		if (input.kind() == Input.Kind.FILE) {
			return as(unsigned.multipart(), endpoint, caller)
				.file(new MockMultipartFile(input.name(), value + ".pdf", "application/pdf",
						"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
				.exchange();
		}
		var request = as(unsigned, endpoint, caller);
		return switch (input.kind()) {
			case PARAM -> request.param(input.name(), value).exchange();
			case JSON -> request.contentType(MediaType.APPLICATION_JSON)
				.content("{\"" + input.name() + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
				.exchange();
			case PATH, FILE -> request.exchange();
		};
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, Endpoint endpoint, String caller) {
		for (Map.Entry<String, String> required : endpoint.required().entrySet()) {
			request = request.param(required.getKey(), required.getValue());
		}
		if (caller != null) {
			request = request.with(user(users.loadUserByUsername(caller)));
		}
		return endpoint.method() == HttpMethod.GET ? request : request.with(csrf());
	}

	private static int rows(MvcTestResult result) {
		if (result.getUnresolvedException() != null || result.getResponse().getStatus() != 200) {
			return 0;
		}
		try {
			return (int) ROW.matcher(result.getResponse().getContentAsString()).results().count();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A role's own pages by that role, the public pages anonymously, the rest by an applicant. */
	private static String caller(String pattern) {
		for (Role role : Role.values()) {
			if (pattern.equals(role.homePath()) || pattern.startsWith(role.homePath() + "/")) {
				return demoAccount(role);
			}
		}
		if (pattern.startsWith("/units/approvals")) {
			return demoAccount(Role.COUNTY_REVIEWER);
		}
		var parser = PathPatternParser.defaultInstance;
		var path = PathContainer.parsePath(pattern.replaceAll("\\{[^}]*}", "1"));
		boolean open = Arrays.stream(SecurityConfiguration.PUBLIC_PATHS)
			.anyMatch(pub -> parser.parse(pub).matches(path));
		return open ? null : demoAccount(Role.APPLICANT);
	}

	private static String demoAccount(Role role) {
		return switch (role) {
			case APPLICANT -> "demo-applicant";
			case UNIT_HR -> "demo-unit";
			case COUNTY_REVIEWER -> "demo-county";
			case CITY_REVIEWER -> "demo-city";
			case ADMIN -> "demo-admin";
		};
	}

}
