package cn.zhicheng.portal.application.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.CaseResults;
import cn.zhicheng.portal.application.domain.ReviewService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseResults} over the committee's sessions and votes, whose notice rule is {@link CommitteeSessions#isFinal}. */
@Service
@Transactional(readOnly = true)
class CaseResultsService implements CaseResults {

	private final JdbcClient jdbc;

	private final CommitteeSessions sessions;

	private final ReviewService reviews;

	CaseResultsService(JdbcClient jdbc, CommitteeSessions sessions, ReviewService reviews) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.reviews = reviews;
	}

	@Override
	public Optional<PassedCase> passed(long applicationId) {
		return jdbc.sql("select applicant_id, type from application where id = :id and status = 'PASSED'")
			.param("id", applicationId)
			.query((rs, n) -> new PassedCase(rs.getLong("applicant_id"), ApplicationType.valueOf(rs.getString("type"))))
			.optional();
	}

	@Override
	public boolean resultFinal(long applicationId, LocalDate today) {
		Optional<PassedCase> passed = passed(applicationId);
		if (passed.isEmpty()) {
			return false;
		}
		return passed.get().type() != ApplicationType.EVALUATION || sessions.isFinal(applicationId, today);
	}

	@Override
	public List<Long> finalPasses(LocalDate today) {
		return jdbc.sql("""
				select a.id from application a
				join committee_vote v on v.application_id = a.id
				join committee_session s on s.id = v.session_id
				where a.status = 'PASSED' and a.type = 'EVALUATION' and s.published_at is not null
				  and s.result_notice_ends_on < :today
				union all
				select a.id from application a where a.status = 'PASSED' and a.type <> 'EVALUATION'
				order by 1""")
			.param("today", today)
			.query(Long.class)
			.list();
	}

	@Override
	public boolean heldBy(PortalUser reviewer, long applicationId) {
		return reviews.find(reviewer, applicationId).isPresent();
	}

}
