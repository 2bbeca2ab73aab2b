package cn.zhicheng.portal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 审计日志 for administrators: filters by actor, action, subject and Shanghai calendar days; newest first; keyset
 * pages of 50; nobody else gets in.
 */
@PortalTest
class AuditSearchTests {

	/** 2026-03-02 00:30 in Shanghai: a day later than in UTC. */
	private static final Instant BASE = Instant.parse("2026-03-01T16:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	String subjectType;

	String actor;

	@BeforeEach
	void records() {
		clock.set(Instant.parse("2026-11-01T00:00:00Z"));
		int n = People.next();
		subjectType = "SEARCH_TEST_" + n;
		actor = People.username("auditor", n);
		// 120 records a minute apart, the newest first at BASE; every third by a named actor with another action.
		for (int i = 0; i < 120; i++) {
			jdbc.update("""
					insert into audit_event (actor_id, actor_role, actor_name, action, subject_type, subject_id, detail,
					                         occurred_at)
					values (?, 'ADMIN', ?, ?, ?, ?, ?, ?)""", 900000L + n, i % 3 == 0 ? actor : null,
					i % 3 == 0 ? "USER_ENABLED" : "USER_DISABLED", subjectType, i < 60 ? 1L : 2L,
					"marker-%03d".formatted(i), Timestamp.from(BASE.minus(i, ChronoUnit.MINUTES)));
		}
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void pagesAreNewestFirstAndPageTwoStartsAfterPageOnesLast() {
		signIn("demo-admin");
		AuditQuery query = new AuditQuery(null, null, subjectType, null, null, null, null);
		AuditPage first = audit.search(query);
		assertThat(first.rows()).hasSize(50);
		assertThat(first.rows()).extracting(AuditRecord::detail).startsWith("marker-000", "marker-001");
		assertThat(first.next()).isNotNull();
		AuditRecord last = first.rows().get(49);
		assertThat(first.next()).isEqualTo(new AuditCursor(last.occurredAt(), last.id()));

		AuditPage second = audit.search(query.after(first.next()));
		assertThat(second.rows()).hasSize(50);
		assertThat(second.rows().getFirst().detail()).isEqualTo("marker-050");
		AuditPage third = audit.search(query.after(second.next()));
		assertThat(third.rows()).extracting(AuditRecord::detail).hasSize(20).endsWith("marker-119");
		assertThat(third.next()).isNull();

		List<String> all = new ArrayList<>();
		List.of(first, second, third).forEach(page -> page.rows().forEach(row -> all.add(row.detail())));
		assertThat(all).doesNotHaveDuplicates().hasSize(120).isSorted();
	}

	@Test
	void filtersByActorActionSubjectAndShanghaiDays() {
		signIn("demo-admin");
		assertThat(audit.search(new AuditQuery(actor, null, subjectType, null, null, null, null)).rows())
			.hasSize(40)
			.allMatch(row -> actor.equals(row.actorName()));
		long actorId = jdbc.queryForObject("select actor_id from audit_event where subject_type = ? limit 1",
				Long.class, subjectType);
		assertThat(audit.search(new AuditQuery(String.valueOf(actorId), "USER_DISABLED", null, null, null, null,
				null)).rows()).hasSize(50).allMatch(row -> row.action().equals("USER_DISABLED"));
		assertThat(audit.search(new AuditQuery(null, null, subjectType, 2L, null, null, null)).rows())
			.extracting(AuditRecord::detail)
			.hasSize(50)
			.startsWith("marker-060");
		// BASE is 2026-03-02 00:30 in Shanghai; the 30 records before it fall on 2026-03-01 there.
		Instant march2 = Instant.parse("2026-03-01T16:00:00Z");
		assertThat(audit.search(new AuditQuery(null, null, subjectType, null, march2, null, null)).rows())
			.hasSize(31);
		assertThat(audit.search(new AuditQuery(null, null, subjectType, null, null, march2, null)).rows())
			.extracting(AuditRecord::detail)
			.startsWith("marker-031");
	}

	@Test
	void thePageShowsChineseLabelsAndLinksToTheNextPage() throws Exception {
		MvcTestResult first = mvc.get().uri("/admin/audit?subjectType={type}&from=2026-03-02", subjectType)
			.with(user(users.loadUserByUsername("demo-admin")))
			.exchange();
		assertThat(first).hasStatusOk()
			.bodyText()
			.contains("审计日志", "操作人", "客户端地址", "启用账户", "停用账户", "2026-03-02 00:30:00", "marker-000",
					"marker-030")
			.doesNotContain("marker-031");

		MvcTestResult all = mvc.get().uri("/admin/audit?subjectType={type}", subjectType)
			.with(user(users.loadUserByUsername("demo-admin")))
			.exchange();
		String body = all.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("marker-049").doesNotContain("marker-050").contains("下一页");
		String next = body.replaceAll("(?s).*href=\"([^\"]*after=[^\"]*)\".*", "$1").replace("&amp;", "&");
		assertThat(mvc.get().uri(java.net.URI.create(next)).with(user(users.loadUserByUsername("demo-admin"))))
			.hasStatusOk()
			.bodyText()
			.contains("marker-050", "marker-099", "第一页")
			.doesNotContain("marker-049", "marker-100");
	}

	@Test
	void badFiltersAreShownBesideTheirFieldsAndKept() {
		assertThat(mvc.get().uri("/admin/audit?from=2026-03-05&to=2026-03-01&subjectId=abc&actor=someone")
			.with(user(users.loadUserByUsername("demo-admin")))).hasStatusOk()
			.bodyText()
			.contains("截止日期不能早于起始日期", "请输入整数", "someone", "abc");
	}

	@Test
	void onlyAdministratorsMaySearch() {
		for (String other : new String[] { "demo-applicant", "demo-unit", "demo-county", "demo-city" }) {
			assertThat(mvc.get().uri("/admin/audit").with(user(users.loadUserByUsername(other)))).hasStatus(403);
		}
		assertThat(mvc.get().uri("/admin/audit").exchange().getResponse().getStatus()).isIn(302, 401, 403);
		signIn("demo-unit");
		assertThatThrownBy(() -> audit.search(AuditQuery.everything())).isInstanceOf(AccessDeniedException.class);
	}

	private void signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
