package cn.zhicheng.portal.application.committee;

import cn.zhicheng.portal.application.WorkflowAction;

/** A candidate's result, and the workflow action that records it on the file. */
public enum VoteOutcome {

	PASS(WorkflowAction.RECORD_PASS), FAIL(WorkflowAction.RECORD_FAIL);

	private final WorkflowAction action;

	VoteOutcome(WorkflowAction action) {
		this.action = action;
	}

	public WorkflowAction action() {
		return action;
	}

}
