package cn.zhicheng.portal.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReturnReasonInput;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.records.PersonalRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue #10, test 11: every status change, every reveal of a full number and every administrator's change leaves an
 * audit record. The expectations come from the workflow table and the handler mappings, not from a list written here,
 * so a new action or a new administrator form without its record fails this class. Sign-in, failed sign-in, sign-in
 * while locked, sign-out and password changes are SignInAuditTests' and PasswordRotationTests' business.
 */
@PortalTest
class AuditCompletenessTests {

	/** Not the demo unit, whose officer's newest notifications other classes read; under 英德市 (441881). */
	private static final String UNIT = "12441881MB2D10007L";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	PersonalRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	// 1. Status changes

	@Test
	void everyStatusChangeOfTheWorkflowTableLeavesAMatchingAuditRecord() {
		List<Long> files = new ArrayList<>();
		files.add(submittedReturnedWithdrawnAndResubmitted());
		clock.set(CommitteeFiles.FILING);
		Actors actors = actors();
		for (Workflow.Transition transition : Workflow.table()) {
			if (transition.party() == Party.APPLICANT
					&& (transition.action() == WorkflowAction.SUBMIT || transition.action() == WorkflowAction.RESUBMIT)) {
				continue; // a complete file only: the real filing above takes them from every starting state
			}
			for (ApplicationStatus from : transition.from()) {
				files.add(take(transition, from, actors));
			}
		}

		List<Map<String, Object>> history = jdbc.queryForList("""
				select application_id, action, actor_id, actor_role, from_status, to_status from application_history
				where application_id = any (?) order by id""", (Object) files.toArray(Long[]::new));
		Set<String> expectedEdges = new TreeSet<>();
		Workflow.table()
			.forEach(t -> t.from().forEach(from -> expectedEdges.add(t.action() + " by " + t.party() + " from " + from)));
		Set<String> takenEdges = new TreeSet<>();
		history.forEach(row -> takenEdges
			.add(row.get("action") + " by " + row.get("actor_role") + " from " + row.get("from_status")));
		assertThat(takenEdges).as("every edge of the workflow table was taken").containsAll(expectedEdges);

		List<String> audited = new ArrayList<>(jdbc.queryForList("""
				select subject_id || ' ' || action || ' ' || coalesce(actor_id::text, '-') || ' ' || status_before
				       || ' -> ' || status_after from audit_event
				where subject_type = 'APPLICATION' and subject_id = any (?)""", String.class,
				(Object) files.toArray(Long[]::new)));
		List<String> missing = new ArrayList<>();
		for (Map<String, Object> row : history) {
			String key = row.get("application_id") + " " + row.get("action") + " "
					+ (row.get("actor_id") == null ? "-" : row.get("actor_id")) + " " + row.get("from_status") + " -> "
					+ row.get("to_status");
			if (!audited.remove(key)) {
				missing.add(key);
			}
		}
		Set<WorkflowAction> actions = new TreeSet<>();
		Workflow.table().forEach(t -> actions.add(t.action()));
		System.out.printf("audit: %d workflow actions, %d status changes, %d audit rows, %d missing%n", actions.size(),
				history.size(), history.size() - missing.size(), missing.size());
		assertThat(actions).containsExactlyInAnyOrder(WorkflowAction.values());
		assertThat(missing).as("status changes without their audit record").isEmpty();
	}

	/** SUBMIT, then RESUBMIT from RETURNED and from WITHDRAWN, on a real, complete file (and the chain on the way). */
	private long submittedReturnedWithdrawnAndResubmitted() {
		CommitteeFiles committeeFiles = new CommitteeFiles(accounts, users, records, applications, reviews, jdbc,
				clock);
		PortalUser applicant = committeeFiles.applicant();
		signIn(applicant);
		long id = committeeFiles.file(applicant, committeeFiles.committee(CommitteeFiles.COMMITTEE), ignored -> {
		}, ApplicationStatus.CITY_REVIEW);
		PortalUser city = committeeFiles.city();
		signIn(city);
		reviews.returnToApplicant(city, id, null, reasons(), null);
		signIn(applicant);
		assertThat(applications.submit(applicant, id, committeeFiles.version(id)).problems()).isEmpty();
		applications.apply(id, WorkflowAction.WITHDRAW, applicant, null);
		assertThat(applications.submit(applicant, id, committeeFiles.version(id)).problems()).isEmpty();
		assertThat(committeeFiles.status(id)).isEqualTo("SUBMITTED");
		return id;
	}

	/** A new file of a type the row applies to, put in {@code from}, and the row's action taken by its party. */
	private long take(Workflow.Transition transition, ApplicationStatus from, Actors actors) {
		ApplicationType type = transition.types().contains(ApplicationType.EVALUATION) ? ApplicationType.EVALUATION
				: transition.types().iterator().next();
		PortalUser applicant = applicant();
		long id = applications.start(applicant, type, 2025);
		LocalDate today = LocalDate.now(clock);
		// A 市直 file goes from the unit straight to the city; every other file has its county.
		boolean noCounty = transition.action() == WorkflowAction.FORWARD_TO_CITY && transition.party() == Party.UNIT_HR;
		jdbc.update("""
				update application set status = ?, unit_id = ?, county_id = ?, city_id = ?, submitted_at = now(),
				       notice_starts_on = ?, notice_ends_on = ?, amendment_due_on = ? where id = ?""", from.name(),
				actors.unitId, noCounty ? null : actors.countyId, actors.cityId, today.minusDays(20),
				today.minusDays(2), transition.party() == Party.SYSTEM ? LocalDate.of(2000, 1, 1) : null, id);
		WorkflowAction action = transition.action();
		String reason = transition.reasonRequired() ? "审计完整性测试" : null;
		switch (transition.party()) {
			case APPLICANT -> {
				signIn(applicant);
				applications.apply(id, action, applicant, reason);
			}
			case PUBLIC -> {
				SecurityContextHolder.clearContext();
				reviews.holdForObjection(id, "实名举报");
			}
			case SYSTEM -> {
				SecurityContextHolder.clearContext();
				assertThat(reviews.expireAmendments(LocalDate.of(2000, 1, 2))).isEqualTo(1);
			}
			default -> {
				PortalUser reviewer = actors.of(transition.party());
				signIn(reviewer);
				if (action == WorkflowAction.RETURN_TO_APPLICANT) {
					reviews.returnToApplicant(reviewer, id, null, reasons(), null);
				}
				else if (action == WorkflowAction.START_PUBLIC_NOTICE) {
					reviews.startNotice(reviewer, id, null, today);
				}
				else if (action == WorkflowAction.RESOLVE_OBJECTION) {
					reviews.resolveObjection(reviewer, id, null, reason);
				}
				else {
					reviews.decide(reviewer, id, null, action, reason);
				}
			}
		}
		assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id))
			.as("%s by %s from %s", action, transition.party(), from)
			.isEqualTo(transition.to().name());
		return id;
	}

	private static List<ReturnReasonInput> reasons() {
		return List.of(new ReturnReasonInput(FilingStep.APPRAISAL, "缺少年度考核表"));
	}

	/** The unit's officer, 英德市's county reviewer and 清远市's city reviewer, for the files of {@link #UNIT}. */
	private Actors actors() {
		long unitId = jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, UNIT);
		long countyId = jdbc.queryForObject("select id from region where code = '441881'", Long.class);
		long cityId = jdbc.queryForObject("select id from region where code = '441800'", Long.class);
		int n = People.next();
		String officer = People.username("audit-unit", n);
		String county = People.username("audit-county", n);
		accounts.createIfAbsent(new NewAccount(officer, "Audit#2026x", "审计专员", Role.UNIT_HR, unitId, null));
		accounts.createIfAbsent(new NewAccount(county, "Audit#2026x", "英德审核", Role.COUNTY_REVIEWER, null, countyId));
		return new Actors(unitId, countyId, cityId, account(officer), account(county), account("demo-city"));
	}

	private record Actors(long unitId, long countyId, long cityId, PortalUser unit, PortalUser county,
			PortalUser city) {

		PortalUser of(Party party) {
			return switch (party) {
				case UNIT_HR -> unit;
				case COUNTY_REVIEWER -> county;
				case CITY_REVIEWER -> city;
				default -> throw new IllegalArgumentException("no reviewer for " + party);
			};
		}

	}

	// 2. Unmask

	@Test
	void revealingFullNumbersNamesWhoWhoseAndWhen() {
		List<String> reveals = new ArrayList<>();
		mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues()
				.stream()
				.filter(path -> path.contains("reveal") || path.contains("unmask"))
				.forEach(reveals::add));
		// The one way to see a full number: a unit officer's 查看完整号码 on the unit's applicant list.
		assertThat(reveals).containsExactly("/unit/staff/{id}/reveal");

		Instant now = Instant.parse("2027-02-03T03:04:05Z");
		clock.set(now);
		PortalUser officer = account("demo-unit");
		int n = People.next();
		String username = People.username("audit-reveal", n);
		accounts.createIfAbsent(new NewAccount(username, "Audit#2026x", "揭示" + n, Role.APPLICANT, officer.unitId(),
				null, People.mobile(n)));
		long person = account(username).id();
		long before = newest();

		assertThat(mvc.post().uri("/unit/staff/{id}/reveal", person).with(user(officer)).with(csrf())).hasStatusOk();

		assertThat(jdbc.queryForList("""
				select actor_id, actor_name, actor_role, action, subject_type, subject_id, occurred_at
				from audit_event where id > ? and action = 'REVEAL_PERSONAL_NUMBERS'""", before)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("actor_id", officer.id())
				.containsEntry("actor_name", "demo-unit")
				.containsEntry("action", "REVEAL_PERSONAL_NUMBERS")
				.containsEntry("subject_type", "ACCOUNT")
				.containsEntry("subject_id", person)
				.containsEntry("occurred_at", Timestamp.from(now)));
		System.out.printf("audit: %d reveal endpoints, %d audited, 0 missing%n", reveals.size(), reveals.size());
	}

	// 3. Administrators' changes

	@Test
	void everyAdministratorFormLeavesARecordByTheAdministrator() throws InterruptedException {
		clock.set(Instant.parse("2027-02-01T02:00:00Z"));
		PortalUser admin = account("demo-admin");
		Map<String, Function<RequestPostProcessor, MvcTestResult>> table = administratorRequests(admin);

		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.POST) || methods.contains(RequestMethod.PUT)
					|| methods.contains(RequestMethod.PATCH) || methods.contains(RequestMethod.DELETE)) {
				info.getPatternValues().stream().filter(path -> path.startsWith("/admin/")).forEach(mapped::add);
			}
		});
		assertThat(table.keySet()).as("administrator forms without a valid request in this table: add one")
			.containsAll(mapped);
		assertThat(mapped).as("requests in the table that no longer map").containsAll(table.keySet());

		RequestPostProcessor asAdmin = request -> csrf().postProcessRequest(user(admin).postProcessRequest(request));
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, Function<RequestPostProcessor, MvcTestResult>> endpoint : table.entrySet()) {
			long before = newest();
			MvcTestResult result = endpoint.getValue().apply(asAdmin);
			assertThat(refusal(result)).as(endpoint.getKey()).isEmpty();
			if (!recordedBy(admin, before)) {
				missing.add(endpoint.getKey());
			}
		}
		System.out.printf("audit: %d administrator endpoints, %d audited, %d missing%n", table.size(),
				table.size() - missing.size(), missing.size());
		assertThat(missing).as("administrator forms that leave no audit record").isEmpty();
	}

	/**
	 * One valid request per administrator form, in an order where each finds what it needs (the field before its
	 * rename, the item before its publication). Every form the portal maps under /admin must be here.
	 */
	private Map<String, Function<RequestPostProcessor, MvcTestResult>> administratorRequests(PortalUser admin) {
		int n = People.next();
		String field = "审计领域" + n;
		String specialty = "审计专业" + n;
		String committee = "审计测试评委会" + n;
		String title = "审计测试文章" + n;
		String staff = People.username("audit-staff", n);
		long qingyuan = jdbc.queryForObject("select id from region where code = '441800'", Long.class);
		long qingcheng = jdbc.queryForObject("select id from region where code = '441802'", Long.class);
		Map<String, Function<RequestPostProcessor, MvcTestResult>> table = new LinkedHashMap<>();
		table.put("/admin/catalog/series/{seriesId}/fields",
				form(() -> mvc.post().uri("/admin/catalog/series/{id}/fields", id("title_series", "code", "ENGINEERING"))
					.param("name", field)));
		table.put("/admin/catalog/fields/{fieldId}/specialties",
				form(() -> mvc.post().uri("/admin/catalog/fields/{id}/specialties", id("field", "name", field))
					.param("name", specialty)));
		table.put("/admin/catalog/fields/{fieldId}",
				form(() -> mvc.post().uri("/admin/catalog/fields/{id}", id("field", "name", field))
					.param("name", field + "改")));
		table.put("/admin/catalog/specialties/{specialtyId}",
				form(() -> mvc.post().uri("/admin/catalog/specialties/{id}", id("specialty", "name", specialty))
					.param("name", specialty + "改")));
		table.put("/admin/routing/{ruleId}", form(() -> {
			Map<String, Object> rule = jdbc
				.queryForMap("select id, version, destination from routing_rule order by id limit 1");
			return mvc.post().uri("/admin/routing/{id}", rule.get("id"))
				.param("version", rule.get("version").toString())
				.param("destination", (String) rule.get("destination"));
		}));
		table.put("/admin/committees/new", form(() -> committeeForm(mvc.post().uri("/admin/committees/new"), committee)
			.param("regionId", String.valueOf(qingyuan))));
		table.put("/admin/committees/{id}",
				form(() -> committeeForm(mvc.post().uri("/admin/committees/{id}", id("committee", "name", committee)),
						committee)
					.param("regionId", String.valueOf(qingyuan)).param("officePhone", "0763-1234567")
					.param("version", jdbc.queryForObject("select version::text from committee where name = ?",
							String.class, committee))));
		table.put("/admin/committees/{id}/windows",
				form(() -> mvc.post().uri("/admin/committees/{id}/windows", id("committee", "name", committee))
					.param("reviewYear", "2030").param("opensOn", "2031-01-06").param("closesOn", "2031-03-31")));
		table.put("/admin/calendar/years", form(() -> mvc.post().uri("/admin/calendar/years").param("year", "2091")
			.param("source", "审计测试通知").param("lines", "2091-01-01,HOLIDAY,元旦").param("replace", "true")));
		table.put("/admin/calendar/days", form(() -> mvc.post().uri("/admin/calendar/days").param("day", "2091-05-01")
			.param("kind", "HOLIDAY").param("name", "劳动节")));
		table.put("/admin/calendar/days/{day}/delete", form(() -> mvc.post().uri("/admin/calendar/days/2091-05-01/delete")));
		table.put("/admin/content", form(() -> mvc.post().uri("/admin/content").param("section", "GUIDE")
			.param("title", title).param("bodyMarkdown", "正文")));
		table.put("/admin/content/{id}",
				form(() -> mvc.post().uri("/admin/content/{id}", id("content_item", "title", title)).param("section", "GUIDE")
					.param("title", title).param("bodyMarkdown", "改过的正文").param("version", version(title))));
		table.put("/admin/content/{id}/publish",
				form(() -> mvc.post().uri("/admin/content/{id}/publish", id("content_item", "title", title))));
		table.put("/admin/content/{id}/pin",
				form(() -> mvc.post().uri("/admin/content/{id}/pin", id("content_item", "title", title))));
		table.put("/admin/content/{id}/unpin",
				form(() -> mvc.post().uri("/admin/content/{id}/unpin", id("content_item", "title", title))));
		table.put("/admin/content/{id}/unpublish",
				form(() -> mvc.post().uri("/admin/content/{id}/unpublish", id("content_item", "title", title))));
		table.put("/admin/content/{id}/attachments/{attachmentId}/delete", form(() -> {
			long item = id("content_item", "title", title);
			long attachment = jdbc.queryForObject("""
					insert into content_attachment (item_id, file_name, content_type, size, bytes, uploaded_at)
					values (?, 'a.pdf', 'application/pdf', 4, ?, now()) returning id""", Long.class, item,
					"%PDF".getBytes(StandardCharsets.US_ASCII));
			return mvc.post().uri("/admin/content/{id}/attachments/{a}/delete", item, attachment);
		}));
		table.put("/admin/users/new", form(() -> mvc.post().uri("/admin/users/new").param("username", staff)
			.param("realName", "审计员").param("mobile", People.mobile(n))
			.param("role", "CITY_REVIEWER").param("cityId", String.valueOf(qingyuan))));
		table.put("/admin/users/{id}/scope", form(() -> mvc.post().uri("/admin/users/{id}/scope", account(staff).id())
			.param("role", "COUNTY_REVIEWER").param("countyId", String.valueOf(qingcheng))));
		table.put("/admin/users/{id}/disable",
				form(() -> mvc.post().uri("/admin/users/{id}/disable", account(staff).id())));
		table.put("/admin/users/{id}/enable",
				form(() -> mvc.post().uri("/admin/users/{id}/enable", account(staff).id())));
		table.put("/admin/users/{id}/unlock",
				form(() -> mvc.post().uri("/admin/users/{id}/unlock", account(staff).id())));
		table.put("/admin/users/{id}/password",
				form(() -> mvc.post().uri("/admin/users/{id}/password", account(staff).id())));
		table.put("/admin/certificates/import", as -> mvc.post().uri("/admin/certificates/import").multipart()
			.file(new MockMultipartFile("file", "audit.csv", "text/csv", certificateCsv(n)))
			.with(as)
			.exchange());
		table.put("/admin/notices/exports", form(() -> mvc.post().uri("/admin/notices/exports").param("year", "2025")));
		table.put("/admin/results/exports", form(() -> mvc.post().uri("/admin/results/exports").param("year", "2025")));
		table.put("/admin/committee-packs", form(() -> mvc.post().uri("/admin/committee-packs")
			.param("committeeId", String.valueOf(id("committee", "name", CommitteeFiles.COMMITTEE)))
			.param("reviewYear", "2025").param("recipient", "审计测试")));
		return table;
	}

	/** Why the request did not go through: its status and any form errors or flashed error; empty if it did. */
	private static String refusal(MvcTestResult result) {
		int status = result.getResponse().getStatus();
		Object flashed = result.getMvcResult().getFlashMap().get("errorKey");
		if (status / 100 == 3 && flashed == null) {
			return "";
		}
		var view = result.getMvcResult().getModelAndView();
		List<String> errors = new ArrayList<>();
		if (view != null) {
			view.getModel().values().stream()
				.filter(org.springframework.validation.BindingResult.class::isInstance)
				.map(org.springframework.validation.BindingResult.class::cast)
				.forEach(binding -> binding.getAllErrors().forEach(error -> errors.add(error.toString())));
		}
		return status + " " + flashed + " " + errors;
	}

	/** One historic certificate in the registry's import layout. */
	private static byte[] certificateCsv(int n) {
		String header = "姓名,证书编号,身份证号,资格名称,系列,专业,层级,评审年度,评委会,发证机关,发证日期";
		String row = String.join(",", "审计" + n, "AUDIT-" + n, People.idNumber(n), "工程师", "工程技术", "环境监测", "中级",
				"2018", "清远市中级评委会", "清远市人力资源和社会保障局", "2019-06-30");
		return (header + "\n" + row).getBytes(StandardCharsets.UTF_8);
	}

	/** A form post, sent signed in as {@code as}. */
	private static Function<RequestPostProcessor, MvcTestResult> form(Supplier<MockMvcRequestBuilder> request) {
		return as -> request.get().with(as).exchange();
	}

	private static MockMvcRequestBuilder committeeForm(MockMvcRequestBuilder request, String name) {
		return request.param("name", name).param("jurisdiction", "CITY").param("lowestLevel", "STAFF")
			.param("highestLevel", "ASSISTANT").param("officeName", name + "办公室");
	}

	/**
	 * A new record by the administrator since {@code before}. Exports and packs are written in the background and
	 * recorded when written, so the wait allows for that.
	 */
	private boolean recordedBy(PortalUser admin, long before) throws InterruptedException {
		for (int attempt = 0; attempt < 300; attempt++) {
			Long records = jdbc.queryForObject(
					"select count(*) from audit_event where id > ? and actor_id = ? and actor_name = ?", Long.class,
					before, admin.id(), admin.getUsername());
			if (records != null && records > 0) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	// 4. The trail cannot be edited

	@Test
	void theTrailOffersNoWayToChangeOrRemoveARecord() {
		List<String> changing = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			boolean reads = !info.getMethodsCondition().getMethods().isEmpty() && info.getMethodsCondition()
				.getMethods()
				.stream()
				.allMatch(method -> method == RequestMethod.GET || method == RequestMethod.HEAD);
			if (!reads && handler.getBeanType().getPackageName().startsWith("cn.zhicheng.portal.audit")) {
				changing.add(info.toString());
			}
		});
		assertThat(changing).as("state-changing requests of the audit module").isEmpty();

		long young = newest();
		assertThatThrownBy(() -> jdbc.update("update audit_event set actor_name = 'someone-else' where id = ?", young))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", young))
			.hasMessageContaining("cannot be deleted");
	}

	private long newest() {
		return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	private long id(String table, String column, String value) {
		return jdbc.queryForObject("select id from " + table + " where " + column + " = ?", Long.class, value);
	}

	private String version(String title) {
		return jdbc.queryForObject("select version from content_item where title = ?", Long.class, title).toString();
	}

	private PortalUser applicant() {
		int n = People.next();
		String username = People.username("audit-file", n);
		long unitId = jdbc.queryForObject("select id from employer_unit where credit_code = ?", Long.class, UNIT);
		accounts.createIfAbsent(new NewAccount(username, "Audit#2026x", "审计" + n, Role.APPLICANT, unitId, null,
				People.mobile(n)));
		return account(username);
	}

	private PortalUser account(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	private static void signIn(PortalUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
