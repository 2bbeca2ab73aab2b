package cn.zhicheng.portal.application;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import org.jspecify.annotations.Nullable;

/**
 * Applications as other capabilities use them. Every read is scoped to what the caller may see, in SQL: here, an
 * applicant sees their own files and a unit HR officer the files sent to their unit.
 */
public interface Applications {

	/** The applicant's own application's file: live while they edit it, the submitted copy after. */
	Optional<ApplicationFile> fileOf(long applicantId, long applicationId);

	/** A file sent to the officer's unit, as submitted; empty for any other unit's file or a draft. */
	Optional<ApplicationFile> fileForUnit(PortalUser officer, long applicationId);

	List<HistoryEntry> history(long applicantId, long applicationId);

	/**
	 * Takes a workflow action ({@link Workflow}) as the actor.
	 * @throws WorkflowRefusedException when the table, the actor's role or jurisdiction, or a missing reason forbid it
	 */
	void apply(long applicationId, WorkflowAction action, PortalUser actor, @Nullable String reason);

}
