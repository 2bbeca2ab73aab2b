package cn.zhicheng.portal.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.domain.UnitMembershipService;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.application.committee.CommitteeSessions;
import cn.zhicheng.portal.application.committee.CommitteeVotes;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.onboarding.domain.UnitOnboardingService;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.system.security.MappedEndpoints.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue #10, test 4: every GET and POST the portal maps, as every role of both sides of {@link AccessWorld}, with the
 * ids of objects of another applicant, unit, county and city, of objects that do not exist (also 0, negative and
 * huge) and, as control, of the caller's own. An object out of the caller's reach must answer exactly as a missing
 * one (the same status, the same redirect), never 2xx; a page must not name an applicant out of reach; a POST must
 * change nothing. Prints the figure.
 */
@PortalTest
class AccessMatrixTests {

	/** Ids of nothing: the first is the reference answer of "does not exist". */
	static final long[] MISSING = { 999_999_999L, 0L, -1L, Long.MAX_VALUE, 2_147_483_648L };

	static final int MINIMUM_PROBES = 100;

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

	@Autowired
	WebApplicationContext context;

	/** MockMvc as the shared one is built, without recording every exchange for printing (60,000 of them here). */
	MockMvcTester mvc;

	java.time.Instant startedAt;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommitteeFiles committeeFiles;

	@Autowired
	Accounts accounts;

	@Autowired
	PersonalRecords records;

	@Autowired
	AttachmentService attachments;

	@Autowired
	CommitteeSessions sessions;

	@Autowired
	CommitteeVotes votes;

	@Autowired
	Certificates certificates;

	@Autowired
	UnitMembershipService membership;

	@Autowired
	UnitOnboardingService onboarding;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void quietMockMvc() {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
		context.getBeanProvider(MockMvcBuilderCustomizer.class).orderedStream().forEach(customizer -> {
			if (customizer instanceof SpringBootMockMvcBuilderCustomizer boot) {
				SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
				quiet.setAddFilters(boot.isAddFilters());
				quiet.setPrint(MockMvcPrint.NONE);
				quiet.customize(builder);
			}
			else {
				customizer.customize(builder);
			}
		});
		mvc = MockMvcTester.create(builder.build());
		startedAt = clock.instant();
	}

	/** The world is filed in 2026's window; the shared clock goes back, for the tests that read "now" after. */
	@AfterEach
	void restoreClock() {
		clock.set(startedAt);
	}

	@Test
	void noObjectOutOfTheCallersReachAnswersOtherwiseThanAMissingOne() {
		AccessWorld world = new AccessWorld(committeeFiles, accounts, records, attachments, sessions, votes,
				certificates, membership, onboarding, jdbc, clock);
		assertThat(mvc.post().uri("/unit/queue/exports").with(user(world.callers.get(AccessWorld.UNIT))).with(csrf()))
			.hasStatus3xxRedirection();
		world.export(jdbc.queryForObject("select max(id) from export_job where owner_id = ?", Long.class,
				world.callers.get(AccessWorld.UNIT).id()));
		for (String[] control : world.controls) {
			assertThat(send(world, HttpMethod.GET, control[1], Map.of(), control[0]).getResponse().getStatus())
				.as("control: %s opens %s", control[0], control[1])
				.isBetween(200, 299);
		}

		AccessProbes probes = new AccessProbes(world, jdbc, this::send);
		Map<String, String> skipped = new TreeMap<>();
		int endpoints = 0;
		List<String> few = new ArrayList<>();
		Map<String, Long> slowest = new java.util.HashMap<>();
		for (Endpoint endpoint : MappedEndpoints.of(mappings, Set.of(RequestMethod.GET, RequestMethod.POST),
				Set.of(RequestMethod.GET, RequestMethod.POST)).all()) {
			for (String pattern : expand(endpoint.pattern())) {
				String skip = AccessPaths.skipReason(pattern);
				if (skip != null) {
					skipped.put(endpoint.method() + " " + pattern, skip);
					continue;
				}
				endpoints++;
				long started = System.nanoTime();
				int sent = probes.probe(endpoint, pattern);
				slowest.put((System.nanoTime() - started) / 1_000_000 + " ms " + endpoint.method() + " " + pattern,
						(System.nanoTime() - started));
				if (sent < MINIMUM_PROBES) {
					few.add(endpoint.method() + " " + pattern + ": " + sent);
				}
			}
		}
		System.out.printf("access matrix: %d endpoints, %d probes (%d of objects out of reach), %d leaks, %d controls"
				+ " open%n", endpoints, probes.sent, probes.judged, probes.leaks.size(), world.controls.size());
		slowest.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(8)
			.forEach(slow -> System.out.println("access matrix: slowest " + slow.getKey()));
		skipped.forEach((endpoint, reason) -> System.out.println("access matrix: skipped " + endpoint + ": " + reason));
		probes.leaks.forEach(leak -> System.out.println("access matrix: LEAK " + leak));
		probes.errors.forEach(error -> System.out.println("access matrix: ERROR " + error));
		probes.unclassified.forEach(variable -> System.out.println("access matrix: UNCLASSIFIED " + variable));
		assertThat(probes.unclassified).as("path variables of no known kind").isEmpty();
		assertThat(probes.errors).as("server errors").isEmpty();
		assertThat(few).as("endpoints with fewer than %d probes", MINIMUM_PROBES).isEmpty();
		assertThat(probes.leaks).isEmpty();
		assertThat(endpoints).isGreaterThan(150);
	}

	/** Patterns with a variable of a few literal choices ({format:csv|xlsx}), one per choice. */
	static List<String> expand(String pattern) {
		Matcher variable = VARIABLE.matcher(pattern);
		while (variable.find()) {
			String choices = variable.group(2);
			if (choices != null && choices.matches("[\\w|-]+")) {
				List<String> expanded = new ArrayList<>();
				for (String choice : choices.split("\\|")) {
					expanded.addAll(expand(pattern.substring(0, variable.start()) + choice
							+ pattern.substring(variable.end())));
				}
				return expanded;
			}
		}
		return List.of(pattern);
	}

	MvcTestResult send(AccessWorld world, HttpMethod method, String path, Map<String, String> params, String caller) {
		var request = mvc.method(method).uri(path);
		for (Map.Entry<String, String> param : params.entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}
		PortalUser principal = world.callers.get(caller);
		if (principal != null) {
			request = request.with(user(principal));
		}
		if (method == HttpMethod.POST) {
			request = request.with(csrf());
		}
		return request.exchange();
	}

}
