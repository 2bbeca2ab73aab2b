package cn.zhicheng.portal.application.committee;

import java.time.Clock;
import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.domain.ReviewService;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's votes (评委会表决, DOMAIN.md §6.3 十二: 同意, 不同意, 弃权): one per file, judged against the members
 * present — a pass needs 同意 of at least the configured share of them (2/3, DOMAIN.md §7.1 step 5 [M]) — and
 * recorded on the file through {@link ReviewService#decide}, the only way a status changes, which also archives the
 * applicant's records when the case ends.
 */
@Service
@Transactional
public class CommitteeVotes {

	private final CommitteeSessions sessions;

	private final CommitteePolicy policy;

	private final ReviewService reviews;

	private final JdbcClient jdbc;

	private final Clock clock;

	CommitteeVotes(CommitteeSessions sessions, CommitteePolicy policy, ReviewService reviews, JdbcClient jdbc,
			Clock clock) {
		this.sessions = sessions;
		this.policy = policy;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The files of the session's committee and 评审年度 in the reviewer's city that are 评审中 and wait for their
	 * vote, longest waiting first.
	 */
	@Transactional(readOnly = true)
	public List<PendingFile> pending(PortalUser reviewer, long sessionId, int limit) {
		CommitteeSession session = sessions.scoped(reviewer, sessionId);
		return jdbc.sql("""
				select a.id, a.number, a.applicant_name, sp.name as specialty, a.target_level as level
				from application a
				left join specialty sp on sp.id = a.specialty_id
				where a.committee_id = :committee and a.review_year = :year and a.status = 'IN_COMMITTEE_REVIEW'
				  and a.city_id = :city
				order by a.status_changed_at, a.id
				limit :limit""")
			.param("committee", session.committeeId())
			.param("year", session.reviewYear())
			.param("city", CommitteeSessions.city(reviewer))
			.param("limit", limit)
			.query(PendingFile.class)
			.list();
	}

	/** The votes recorded in the session, in file order. */
	@Transactional(readOnly = true)
	public List<VoteRow> votes(PortalUser reviewer, long sessionId) {
		sessions.scoped(reviewer, sessionId);
		return jdbc.sql("""
				select v.application_id, a.number, coalesce(a.applicant_name, '') as applicant_name,
				       v.agree, v.disagree, v.abstain, v.outcome
				from committee_vote v
				join application a on a.id = v.application_id
				where v.session_id = :session
				order by v.outcome desc, v.application_id""")
			.param("session", sessionId)
			.query(VoteRow.class)
			.list();
	}

	/**
	 * Records the session's vote on a file and passes or fails it. The file must be of the session's committee,
	 * 评审年度 and the reviewer's city (any other reads as not found); the ballots may not exceed the members present;
	 * a file is voted once.
	 * @return the outcome recorded
	 * @throws ApplicationNotFoundException for a file outside the session's committee or the reviewer's city
	 * @throws CommitteeRefusedException for ballots over the members present, a second vote, a published session
	 */
	public VoteOutcome vote(PortalUser reviewer, long sessionId, long applicationId, Ballots ballots) {
		CommitteeSession session = sessions.scoped(reviewer, sessionId);
		session.ensureOpen();
		int present = session.membersPresent();
		if (ballots.total() > present) {
			throw new CommitteeRefusedException("committee.refused.too-many-ballots", ballots.total(), present);
		}
		boolean inSession = jdbc.sql("""
				select count(*) from application
				where id = :id and city_id = :city and committee_id = :committee and review_year = :year""")
			.param("id", applicationId)
			.param("city", CommitteeSessions.city(reviewer))
			.param("committee", session.committeeId())
			.param("year", session.reviewYear())
			.query(Integer.class)
			.single() > 0;
		if (!inSession) {
			throw new ApplicationNotFoundException(applicationId);
		}
		VoteOutcome outcome = policy.outcome(ballots.agree(), present);
		try {
			jdbc.sql("""
					insert into committee_vote (application_id, session_id, agree, disagree, abstain, outcome,
					                            recorded_by, recorded_at)
					values (:application, :session, :agree, :disagree, :abstain, :outcome, :by, :at)""")
				.param("application", applicationId)
				.param("session", sessionId)
				.param("agree", ballots.agree())
				.param("disagree", ballots.disagree())
				.param("abstain", ballots.abstain())
				.param("outcome", outcome.name())
				.param("by", reviewer.id())
				.param("at", java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException voted) {
			throw new CommitteeRefusedException("committee.refused.voted");
		}
		reviews.decide(reviewer, applicationId, null, outcome.action(), ballots.reason());
		return outcome;
	}

}
