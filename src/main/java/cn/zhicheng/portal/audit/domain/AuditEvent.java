package cn.zhicheng.portal.audit.domain;

import java.time.Instant;

import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An audit record; immutable here as in the database. */
@Entity
@Immutable
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private @Nullable Long actorId;

	private @Nullable String actorRole;

	private @Nullable String actorName;

	private String action;

	private String subjectType;

	private @Nullable Long subjectId;

	private @Nullable String detail;

	private @Nullable String clientAddress;

	private @Nullable String statusBefore;

	private @Nullable String statusAfter;

	private Instant occurredAt;

	protected AuditEvent() {
	}

	AuditEvent(AuditEntry entry, @Nullable String actorName, @Nullable String clientAddress, Instant occurredAt) {
		this.actorId = entry.actorId();
		this.actorRole = entry.actorRole();
		this.actorName = actorName;
		this.action = entry.action();
		this.subjectType = entry.subjectType();
		this.subjectId = entry.subjectId();
		this.detail = DetailText.of(entry.detail());
		this.clientAddress = clientAddress;
		this.statusBefore = entry.statusBefore();
		this.statusAfter = entry.statusAfter();
		this.occurredAt = occurredAt;
	}

	AuditRecord toRecord() {
		return new AuditRecord(id, actorId, actorRole, actorName, action, subjectType, subjectId, detail, clientAddress,
				statusBefore, statusAfter, occurredAt);
	}

}
