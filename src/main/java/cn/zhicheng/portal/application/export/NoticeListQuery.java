package cn.zhicheng.portal.application.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of the notice lists, scoped in SQL by the viewer's {@link Jurisdiction}. The 评前公示名单 reads a year's
 * files past the start of their notice (notice_starts_on is set once and kept, V17) through the jurisdiction-and-year
 * indexes of V28; the 评后公示名单 reads one published session's passed votes through committee_vote_session_idx
 * (V20), the same rows as the public page (PublicResults) but limited to the viewer's files.
 */
@Component
class NoticeListQuery {

	static final Set<Role> ROLES = Set.of(Role.UNIT_HR, Role.COUNTY_REVIEWER, Role.CITY_REVIEWER, Role.ADMIN);

	private static final String PRE_FROM = """
			from application a
			where a.review_year = :year and a.notice_starts_on is not null and %s""";

	private static final String PRE_ROWS = """
			select a.number, coalesce(a.applicant_name, '') as applicant_name, u.name as unit_name,
			       sp.name as specialty_name, a.target_level, c.name as committee_name, a.notice_starts_on,
			       a.notice_ends_on, a.status,
			       (select count(*) from objection o where o.application_id = a.id) as objections
			from application a
			left join employer_unit u on u.id = a.unit_id
			left join specialty sp on sp.id = a.specialty_id
			left join committee c on c.id = a.committee_id
			where a.review_year = :year and a.notice_starts_on is not null and %s
			order by a.notice_starts_on, a.id""";

	private static final String RESULT_FROM = """
			from committee_vote v
			join application a on a.id = v.application_id
			where v.session_id = :session and v.outcome = 'PASS' and %s""";

	private static final String RESULT_ROWS = """
			select coalesce(a.applicant_name, '') as applicant_name, u.name as unit_name, sp.name as specialty_name,
			       ln.name as level_name, a.target_level, c.name as committee_name,
			       s.result_notice_starts_on, s.result_notice_ends_on
			from committee_vote v
			join committee_session s on s.id = v.session_id
			join committee c on c.id = s.committee_id
			join application a on a.id = v.application_id
			left join employer_unit u on u.id = a.unit_id
			left join specialty sp on sp.id = a.specialty_id
			left join series_level_name ln on ln.series_id = a.series_id and ln.level = a.target_level
			where v.session_id = :session and v.outcome = 'PASS' and %s
			order by v.application_id""";

	private final JdbcClient jdbc;

	NoticeListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The statements and parameters of the viewer's list; a session the viewer may not see (unpublished, of another
	 * year, or, for a city reviewer, of another city's committee) is refused as not found before any row is read.
	 */
	ListCursor.Statement prepare(PortalUser viewer, NoticeListRequest request) {
		Jurisdiction jurisdiction = Jurisdiction.of(viewer, ROLES);
		Map<String, Object> params = new HashMap<>();
		params.put("year", request.reviewYear());
		params.put("scope", jurisdiction.scope());
		Long session = request.sessionId();
		if (session == null) {
			return new ListCursor.Statement("select count(*) " + PRE_FROM.formatted(jurisdiction.condition()),
					PRE_ROWS.formatted(jurisdiction.condition()), params);
		}
		if (jurisdiction == Jurisdiction.NOTHING
				|| !published(session, request.reviewYear(), Jurisdiction.city(viewer))) {
			throw new ListNotFoundException("committee session", session);
		}
		params.put("session", session);
		return new ListCursor.Statement("select count(*) " + RESULT_FROM.formatted(jurisdiction.condition()),
				RESULT_ROWS.formatted(jurisdiction.condition()), params);
	}

	private boolean published(long session, int year, @Nullable Long city) {
		return jdbc.sql("""
				select count(*) from committee_session s join committee c on c.id = s.committee_id
				where s.id = :session and s.review_year = :year and s.published_at is not null
				  and (c.region_id = :city or :city = -1)""")
			.param("session", session)
			.param("year", year)
			.param("city", city == null ? -1L : city)
			.query(Integer.class)
			.single() > 0;
	}

}
