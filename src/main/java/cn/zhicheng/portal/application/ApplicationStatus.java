package cn.zhicheng.portal.application;

/**
 * Where an application stands. Issue #5 takes an application up to the unit; the review chain (issue #6) adds its
 * states to this list and its actions to {@link Workflow}.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, WITHDRAWN, RETURNED, ABANDONED;

	/** The applicant may change the file: before the first submit, after withdrawing it, or after a return. */
	public boolean editableByApplicant() {
		return this == DRAFT || this == WITHDRAWN || this == RETURNED;
	}

	/** Finished: no action leads anywhere from here. */
	public boolean terminal() {
		return Workflow.actionsFrom(this).isEmpty();
	}

}
