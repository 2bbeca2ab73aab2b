package cn.zhicheng.portal.application.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.calendar.PublicNoticePolicy;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.calendar.YearNotLoadedException;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee office's sessions (issue #6 part 6): recorded only for a committee of the reviewer's city and only
 * when quorate (≥ 2/3 of the members present, 人社部令第40号 via DOMAIN.md §6.3 [M]); their results published in a
 * 评后公示 of at least the configured working days (DOMAIN.md §4.1, §7.1 step 6), final the day after it ends. Every
 * load is scoped in SQL to the reviewer's city, so another city's session reads as one that does not exist.
 */
@Service
@Transactional
public class CommitteeSessions {

	private final CommitteeSessionRepository sessions;

	private final CommitteeDirectory committees;

	private final CommitteePolicy policy;

	private final WorkingCalendar calendar;

	private final PublicNoticePolicy notice;

	private final JdbcClient jdbc;

	private final Clock clock;

	CommitteeSessions(CommitteeSessionRepository sessions, CommitteeDirectory committees, CommitteePolicy policy,
			WorkingCalendar calendar, PublicNoticePolicy notice, JdbcClient jdbc, Clock clock) {
		this.sessions = sessions;
		this.committees = committees;
		this.policy = policy;
		this.calendar = calendar;
		this.notice = notice;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The committees a session may be recorded for: those of the reviewer's city. */
	@Transactional(readOnly = true)
	public List<CommitteeView> committees(PortalUser reviewer) {
		Long city = city(reviewer);
		return city == null ? List.of() : committees.inRegion(city);
	}

	/** The city's sessions, newest first, {@code limit} at a time after the session id {@code before}. */
	@Transactional(readOnly = true)
	public List<SessionSummary> list(PortalUser reviewer, @Nullable Long before, int limit) {
		Long city = city(reviewer);
		if (city == null) {
			return List.of();
		}
		return jdbc.sql("""
				select s.id, c.name as committee_name, s.review_year, s.held_on, s.members_total, s.members_present,
				       (select count(*) from committee_vote v where v.session_id = s.id) as voted,
				       (select count(*) from committee_vote v where v.session_id = s.id and v.outcome = 'PASS') as passed,
				       s.result_notice_starts_on, s.result_notice_ends_on
				from committee c
				join committee_session s on s.committee_id = c.id
				where c.region_id = :city and s.id < :before
				order by s.id desc
				limit :limit""")
			.param("city", city)
			.param("before", before == null ? Long.MAX_VALUE : before)
			.param("limit", limit)
			.query(SessionSummary.class)
			.list();
	}

	/**
	 * Records a session.
	 * @throws CommitteeRefusedException for a committee outside the city, or too few members present
	 */
	public long create(PortalUser reviewer, NewSession session) {
		if (committees(reviewer).stream().noneMatch(committee -> committee.id() == session.committeeId())) {
			throw new CommitteeRefusedException("committee.refused.committee");
		}
		if (session.membersPresent() > session.membersTotal()) {
			throw new CommitteeRefusedException("committee.refused.present-over-total", session.membersTotal());
		}
		if (!policy.quorate(session.membersTotal(), session.membersPresent())) {
			throw new CommitteeRefusedException("committee.refused.quorum", session.membersTotal(),
					policy.quorumOf(session.membersTotal()), policy.quorum().toString());
		}
		return sessions.save(new CommitteeSession(session.committeeId(), session, reviewer.id(), clock.instant())).id();
	}

	@Transactional(readOnly = true)
	public SessionView load(PortalUser reviewer, long id) {
		CommitteeSession session = scoped(reviewer, id);
		return session.view(committeeName(session.committeeId()));
	}

	/**
	 * Publishes the session's results: the 评后公示 runs from {@code startsOn} (today or later) to its last working
	 * day, which is returned. Only a session that has decided at least one file, and only once.
	 */
	public LocalDate publish(PortalUser reviewer, long id, long version, LocalDate startsOn) {
		if (startsOn.isBefore(LocalDate.now(clock))) {
			throw new CommitteeRefusedException("committee.refused.notice-in-past");
		}
		CommitteeSession session = scoped(reviewer, id);
		session.checkVersion(version);
		session.ensureOpen();
		Integer voted = jdbc.sql("select count(*) from committee_vote where session_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		if (voted == 0) {
			throw new CommitteeRefusedException("committee.refused.no-votes");
		}
		LocalDate endsOn;
		try {
			endsOn = calendar.nthWorkingDay(startsOn, notice.workingDays());
		}
		catch (YearNotLoadedException notLoaded) {
			throw new CommitteeRefusedException("committee.refused.calendar-not-loaded");
		}
		session.publish(startsOn, endsOn, clock.instant());
		sessions.saveAndFlush(session);
		return endsOn;
	}

	/**
	 * Whether the committee's result on the file is final on {@code today}: it was voted, the session's results were
	 * published, and their 评后公示 ended before today (DOMAIN.md §4.1: the next stage is reached the day after the
	 * end). The certificate (issue #7) waits for this.
	 */
	@Transactional(readOnly = true)
	public boolean isFinal(long applicationId, LocalDate today) {
		Optional<LocalDate> endsOn = jdbc.sql("""
				select s.result_notice_ends_on
				from committee_vote v
				join committee_session s on s.id = v.session_id
				where v.application_id = :id and s.published_at is not null""")
			.param("id", applicationId)
			.query(LocalDate.class)
			.optional();
		return endsOn.map(today::isAfter).orElse(false);
	}

	/** The session if it is of a committee of the reviewer's city, checked in SQL. */
	CommitteeSession scoped(PortalUser reviewer, long id) {
		Long city = city(reviewer);
		boolean ours = city != null && jdbc.sql("""
				select count(*) from committee_session s join committee c on c.id = s.committee_id
				where s.id = :id and c.region_id = :city""")
			.param("id", id)
			.param("city", city)
			.query(Integer.class)
			.single() > 0;
		if (!ours) {
			throw new SessionNotFoundException(id);
		}
		return sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
	}

	/** The reviewer's city: only a city reviewer (the committee office) has one here. */
	static @Nullable Long city(PortalUser reviewer) {
		return reviewer.role() == Role.CITY_REVIEWER ? reviewer.regionId() : null;
	}

	private String committeeName(long committeeId) {
		return jdbc.sql("select name from committee where id = :id").param("id", committeeId).query(String.class).single();
	}

}
