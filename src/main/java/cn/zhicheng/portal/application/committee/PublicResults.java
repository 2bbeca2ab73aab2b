package cn.zhicheng.portal.application.committee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of the 评后公示 (DOMAIN.md §4.1, §7.1 step 6): the sessions whose result notice is running or ended
 * in the last {@code portal.committee.results-shown-days}, and their passed candidates. Only what a notice shows is
 * read: no ID number, no mobile, no vote counts.
 */
@Service
@Transactional(readOnly = true)
public class PublicResults {

	private static final String NOTICE = """
			select s.id, c.name as committee_name, s.review_year, s.held_on,
			       s.result_notice_starts_on as starts_on, s.result_notice_ends_on as ends_on,
			       (select count(*) from committee_vote v where v.session_id = s.id and v.outcome = 'PASS') as passed
			from committee_session s
			join committee c on c.id = s.committee_id
			where s.published_at is not null and s.result_notice_starts_on <= :today and s.result_notice_ends_on >= :since
			""";

	private static final String CANDIDATE = """
			select v.session_id, v.application_id as key, coalesce(a.applicant_name, '') as name, u.name as unit_name,
			       sp.name as specialty, ln.name as level_name, a.target_level as level, c.name as committee_name
			from committee_vote v
			join application a on a.id = v.application_id
			join committee c on c.id = a.committee_id
			left join employer_unit u on u.id = a.unit_id
			left join specialty sp on sp.id = a.specialty_id
			left join series_level_name ln on ln.series_id = a.series_id and ln.level = a.target_level
			""";

	private final CommitteePolicy policy;

	private final JdbcClient jdbc;

	PublicResults(CommitteePolicy policy, JdbcClient jdbc) {
		this.policy = policy;
		this.jdbc = jdbc;
	}

	/** The notices shown on {@code today}, latest end first, {@code limit} after the cursor (end date, id). */
	public List<ResultNotice> shown(LocalDate today, @Nullable LocalDate endsBefore, @Nullable Long idBefore,
			int limit) {
		boolean after = endsBefore != null && idBefore != null;
		return jdbc.sql(NOTICE + (after ? " and (s.result_notice_ends_on, s.id) < (:ends, :id)" : "")
				+ " order by s.result_notice_ends_on desc, s.id desc limit :limit")
			.param("today", today)
			.param("since", today.minusDays(policy.resultsShownDays()))
			.param("ends", endsBefore)
			.param("id", idBefore)
			.param("limit", limit)
			.query(ResultNotice.class)
			.list();
	}

	public Optional<ResultNotice> shown(LocalDate today, long sessionId) {
		return jdbc.sql(NOTICE + " and s.id = :session")
			.param("today", today)
			.param("since", today.minusDays(policy.resultsShownDays()))
			.param("session", sessionId)
			.query(ResultNotice.class)
			.optional();
	}

	/** One session's passed candidates, in file order, {@code limit} after the key {@code after}. */
	public List<PassedCandidate> passed(long sessionId, long after, int limit) {
		return jdbc.sql(CANDIDATE + """
				where v.session_id = :session and v.outcome = 'PASS' and v.application_id > :after
				order by v.application_id
				limit :limit""")
			.param("session", sessionId)
			.param("after", after)
			.param("limit", limit)
			.query(PassedCandidate.class)
			.list();
	}

	/** The first {@code each} passed candidates of each of the sessions, for the list page: one query. */
	public List<PassedCandidate> firstPassed(Collection<Long> sessionIds, int each) {
		if (sessionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from (
				    select r.*, row_number() over (partition by r.session_id order by r.key) as nth
				    from (%s where v.session_id in (:sessions) and v.outcome = 'PASS') r
				) ranked
				where ranked.nth <= :each
				order by ranked.session_id, ranked.key""".formatted(CANDIDATE))
			.param("sessions", sessionIds)
			.param("each", each)
			.query(PassedCandidate.class)
			.list();
	}

}
