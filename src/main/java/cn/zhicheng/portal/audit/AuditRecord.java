package cn.zhicheng.portal.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An audit record as read back. */
public record AuditRecord(long id, @Nullable Long actorId, @Nullable String actorRole, @Nullable String actorName,
		String action, String subjectType, @Nullable Long subjectId, @Nullable String detail,
		@Nullable String clientAddress, @Nullable String statusBefore, @Nullable String statusAfter,
		Instant occurredAt) {
}
