package cn.zhicheng.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * One audited action. {@code detail} is free text for people reading the trail; the log masks any 18-digit ID or
 * 11-digit mobile number in it and cuts it to fit, but callers should not put one there in the first place.
 * {@code actorName} is the actor's username; left out, the log takes it from the signed-in user when that user holds
 * {@code actorRole}. {@code statusBefore} and {@code statusAfter} are set for workflow actions only. The client
 * address is not part of the entry: the log takes it from the current request.
 */
public record AuditEntry(@Nullable Long actorId, @Nullable String actorRole, @Nullable String actorName, String action,
		String subjectType, @Nullable Long subjectId, @Nullable String detail, @Nullable String statusBefore,
		@Nullable String statusAfter) {

	/** An action that changes no workflow status, by the signed-in user (the form every caller used before). */
	public AuditEntry(@Nullable Long actorId, @Nullable String actorRole, String action, String subjectType,
			@Nullable Long subjectId, @Nullable String detail) {
		this(actorId, actorRole, null, action, subjectType, subjectId, detail, null, null);
	}

	/**
	 * An action by the signed-in user holding {@code actorRole}, for services that are not handed the user: the log
	 * fills in the account id and username from the security context (left empty when nobody holding that role is
	 * signed in, so a record never names the wrong person).
	 */
	public static AuditEntry bySignedIn(String actorRole, String action, String subjectType, @Nullable Long subjectId,
			@Nullable String detail) {
		return new AuditEntry(null, actorRole, null, action, subjectType, subjectId, detail, null, null);
	}

	/** A workflow action on a subject: from {@code before} to {@code after}. */
	public static AuditEntry statusChange(@Nullable Long actorId, String actorRole, @Nullable String actorName,
			String action, String subjectType, long subjectId, String before, String after,
			@Nullable String detail) {
		return new AuditEntry(actorId, actorRole, actorName, action, subjectType, subjectId, detail, before, after);
	}

}
