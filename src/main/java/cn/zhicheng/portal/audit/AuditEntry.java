package cn.zhicheng.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * One audited action. {@code detail} is free text for people reading the trail and must never hold a full ID or
 * mobile number.
 */
public record AuditEntry(@Nullable Long actorId, @Nullable String actorRole, String action, String subjectType,
		@Nullable Long subjectId, @Nullable String detail) {
}
