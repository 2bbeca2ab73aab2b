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
 * The rows of the result list: every vote of the review year's sessions (V20), one per file, scoped in SQL by the
 * viewer's {@link Jurisdiction} — a city's files for its reviewers, a county's for its own (read only, it votes on
 * nothing), all for the administrator. The sessions of the year are found by committee_session_year_idx (V27), their
 * votes by committee_vote_session_idx (V20), each file by its key or, within a county or city, by the
 * jurisdiction-and-year indexes of V27 (a vote is always of its file's own year, CommitteeVotes) and then its vote by
 * committee_vote_application_cover_idx (V28); the certificate, if issued, by its unique application_id (V22).
 */
@Component
class ResultListQuery {

	static final Set<Role> ROLES = Set.of(Role.COUNTY_REVIEWER, Role.CITY_REVIEWER, Role.ADMIN);

	private static final String FROM = """
			from committee_session s
			join committee_vote v on v.session_id = s.id
			join application a on a.id = v.application_id
			where s.review_year = :year and a.review_year = :year and %s""";

	private static final String ROWS = """
			select a.number, coalesce(a.applicant_name, '') as applicant_name, p.gender, u.name as unit_name,
			       county.name as county_name, ts.name as series_name, sp.name as specialty_name, a.target_level,
			       coalesce(cert.title_name, ln.name) as title_name, c.name as committee_name, s.held_on,
			       s.members_total, s.members_present, v.agree, v.disagree, v.abstain, v.outcome,
			       s.result_notice_starts_on, s.result_notice_ends_on, cert.number as certificate_number
			from committee_session s
			join committee c on c.id = s.committee_id
			join committee_vote v on v.session_id = s.id
			join application a on a.id = v.application_id
			join user_account p on p.id = a.applicant_id
			left join employer_unit u on u.id = a.unit_id
			left join region county on county.id = a.county_id
			left join title_series ts on ts.id = a.series_id
			left join specialty sp on sp.id = a.specialty_id
			left join series_level_name ln on ln.series_id = a.series_id and ln.level = a.target_level
			left join certificate cert on cert.application_id = a.id
			where s.review_year = :year and a.review_year = :year and %s
			order by c.name, s.held_on, s.id, v.outcome desc, a.id""";

	private final JdbcClient jdbc;

	ResultListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The condition and parameters of the viewer's list. A committee the viewer may not see — unknown, or for a city
	 * reviewer one of another city (V3 region_id) — is refused as not found before any row is read.
	 */
	ListCursor.Statement prepare(PortalUser viewer, ResultListRequest request) {
		Jurisdiction jurisdiction = Jurisdiction.of(viewer, ROLES);
		Map<String, Object> params = new HashMap<>();
		params.put("year", request.reviewYear());
		params.put("scope", jurisdiction.scope());
		String condition = jurisdiction.condition();
		Long committee = request.committeeId();
		if (committee != null) {
			if (jurisdiction == Jurisdiction.NOTHING || !visible(committee, Jurisdiction.city(viewer))) {
				throw new ListNotFoundException("committee", committee);
			}
			condition += " and s.committee_id = :committee";
			params.put("committee", committee);
		}
		return new ListCursor.Statement("select count(*) " + FROM.formatted(condition), ROWS.formatted(condition),
				params);
	}

	private boolean visible(long committee, @Nullable Long city) {
		return jdbc.sql("""
				select count(*) from committee c where c.id = :committee and (c.region_id = :city or :city = -1)""")
			.param("committee", committee)
			.param("city", city == null ? -1L : city)
			.query(Integer.class)
			.single() > 0;
	}

}
