package cn.zhicheng.portal.account.domain;

import java.time.Instant;

import cn.zhicheng.portal.account.ChangeRequestStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An applicant's request to move to another HR unit. Only the new unit decides; a decided request is history and
 * never changes again, so the transitions below guard on PENDING.
 */
@Entity
class UnitChangeRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicantId;

	private @Nullable Long fromUnitId;

	private Long toUnitId;

	@Enumerated(EnumType.STRING)
	private ChangeRequestStatus status;

	private @Nullable String reason;

	private @Nullable String decisionReason;

	private @Nullable Long decidedBy;

	private Instant createdAt;

	private @Nullable Instant decidedAt;

	@Version
	private long version;

	protected UnitChangeRequest() {
	}

	UnitChangeRequest(long applicantId, @Nullable Long fromUnitId, long toUnitId, @Nullable String reason,
			Instant createdAt) {
		this.applicantId = applicantId;
		this.fromUnitId = fromUnitId;
		this.toUnitId = toUnitId;
		this.reason = reason;
		this.status = ChangeRequestStatus.PENDING;
		this.createdAt = createdAt;
	}

	void approve(long officerId, Instant now) {
		decide(ChangeRequestStatus.APPROVED, officerId, null, now);
	}

	void decline(long officerId, String reason, Instant now) {
		decide(ChangeRequestStatus.DECLINED, officerId, reason, now);
	}

	void cancel(Instant now) {
		decide(ChangeRequestStatus.CANCELLED, applicantId, null, now);
	}

	private void decide(ChangeRequestStatus outcome, long by, @Nullable String why, Instant now) {
		if (status != ChangeRequestStatus.PENDING) {
			throw new IllegalStateException("Change request " + id + " is already " + status);
		}
		this.status = outcome;
		this.decidedBy = by;
		this.decisionReason = why;
		this.decidedAt = now;
	}

	Long id() {
		return id;
	}

	Long applicantId() {
		return applicantId;
	}

	@Nullable Long fromUnitId() {
		return fromUnitId;
	}

	Long toUnitId() {
		return toUnitId;
	}

	ChangeRequestStatus status() {
		return status;
	}

	@Nullable String reason() {
		return reason;
	}

	@Nullable String decisionReason() {
		return decisionReason;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

}
