package cn.zhicheng.portal.application;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of the timeline (业务办理跟踪): who did what, in which role, when, from and to, and why. */
public record HistoryEntry(WorkflowAction action, String actorName, Party actorRole, ApplicationStatus from,
		ApplicationStatus to, @Nullable String reason, Instant happenedAt) {
}
