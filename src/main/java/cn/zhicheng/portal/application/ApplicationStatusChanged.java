package cn.zhicheng.portal.application;

import org.jspecify.annotations.Nullable;

/**
 * Any status change, for those who follow a file: the applicant hears of every one (issue #6 part 7). {@code actor}
 * is who took the action, as the file's history records it, so the audit trail names the same person.
 */
public record ApplicationStatusChanged(long applicationId, String number, long applicantId, @Nullable Long unitId,
		WorkflowAction action, ApplicationStatus from, ApplicationStatus to, @Nullable String reason,
		WorkflowActor actor) {
}
