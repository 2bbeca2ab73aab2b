package cn.zhicheng.portal.application.committee;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One sitting of a committee (评委会会议): who was expected and who came, so that each vote is judged against the
 * members present (DOMAIN.md §6.3 十二 "应到人数, 实到人数"). Publishing its results starts the 评后公示; the results
 * are final the day after the notice ends (DOMAIN.md §4.1 convention).
 */
@Entity
class CommitteeSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long committeeId;

	private int reviewYear;

	private LocalDate heldOn;

	private int membersTotal;

	private int membersPresent;

	private String chair;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	private @Nullable LocalDate resultNoticeStartsOn;

	private @Nullable LocalDate resultNoticeEndsOn;

	private @Nullable Instant publishedAt;

	protected CommitteeSession() {
	}

	CommitteeSession(long committeeId, NewSession session, long createdBy, Instant now) {
		this.committeeId = committeeId;
		this.reviewYear = session.reviewYear();
		this.heldOn = session.heldOn();
		this.membersTotal = session.membersTotal();
		this.membersPresent = session.membersPresent();
		this.chair = session.chair().strip();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Starts the 评后公示 of the session's results; once only, since a published list is the public record. */
	void publish(LocalDate startsOn, LocalDate endsOn, Instant now) {
		ensureOpen();
		this.resultNoticeStartsOn = startsOn;
		this.resultNoticeEndsOn = endsOn;
		this.publishedAt = now;
	}

	/** Votes are recorded and results published only until the results are out. */
	void ensureOpen() {
		if (publishedAt != null) {
			throw new CommitteeRefusedException("committee.refused.published");
		}
	}

	void checkVersion(long seen) {
		if (seen != version) {
			throw new CommitteeRefusedException("committee.refused.stale");
		}
	}

	long id() {
		return id;
	}

	long committeeId() {
		return committeeId;
	}

	int reviewYear() {
		return reviewYear;
	}

	int membersPresent() {
		return membersPresent;
	}

	SessionView view(String committeeName) {
		return new SessionView(id, committeeId, committeeName, reviewYear, heldOn, membersTotal, membersPresent, chair,
				version, resultNoticeStartsOn, resultNoticeEndsOn, publishedAt != null);
	}

}
