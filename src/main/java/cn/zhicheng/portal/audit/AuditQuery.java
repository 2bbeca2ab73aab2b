package cn.zhicheng.portal.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An administrator's search of the trail; every filter is optional. {@code actor} is a username, or an account id
 * when it is all digits; {@code from} is inclusive and {@code until} exclusive; {@code after} is the last record of
 * the page before (keyset paging, newest first).
 */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
		@Nullable Long subjectId, @Nullable Instant from, @Nullable Instant until, @Nullable AuditCursor after) {

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

	public AuditQuery after(@Nullable AuditCursor cursor) {
		return new AuditQuery(actor, action, subjectType, subjectId, from, until, cursor);
	}

}
