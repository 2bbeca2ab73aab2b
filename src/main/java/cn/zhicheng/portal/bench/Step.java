package cn.zhicheng.portal.bench;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.WorkflowAction;

/** One transition of a generated file, as a row of the workflow table (Workflow.java) would allow it. */
record Step(WorkflowAction action, Party party, ApplicationStatus from, ApplicationStatus to) {

	/** The workflow asks a reason for these (a return, an objection and its resolution, 不予受理). */
	boolean needsReason() {
		return action == WorkflowAction.RETURN_TO_APPLICANT || action == WorkflowAction.HOLD_FOR_OBJECTION
				|| action == WorkflowAction.RESOLVE_OBJECTION || action == WorkflowAction.NOT_ACCEPT;
	}

}
