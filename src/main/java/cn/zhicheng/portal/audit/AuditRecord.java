package cn.zhicheng.portal.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An audit record as read back. */
public record AuditRecord(long id, @Nullable Long actorId, @Nullable String actorRole, String action,
		String subjectType, @Nullable Long subjectId, @Nullable String detail, Instant occurredAt) {
}
