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

	private String action;

	private String subjectType;

	private @Nullable Long subjectId;

	private @Nullable String detail;

	private Instant occurredAt;

	protected AuditEvent() {
	}

	AuditEvent(AuditEntry entry, Instant occurredAt) {
		this.actorId = entry.actorId();
		this.actorRole = entry.actorRole();
		this.action = entry.action();
		this.subjectType = entry.subjectType();
		this.subjectId = entry.subjectId();
		this.detail = entry.detail();
		this.occurredAt = occurredAt;
	}

	AuditRecord toRecord() {
		return new AuditRecord(id, actorId, actorRole, action, subjectType, subjectId, detail, occurredAt);
	}

}
