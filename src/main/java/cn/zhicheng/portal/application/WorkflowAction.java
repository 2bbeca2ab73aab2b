package cn.zhicheng.portal.application;

/** The actions of {@link Workflow}; an action may have a row for each party that takes it from different states. */
public enum WorkflowAction {

	SUBMIT, WITHDRAW, RESUBMIT, ABANDON, RETURN_TO_APPLICANT, START_PUBLIC_NOTICE, HOLD_FOR_OBJECTION,
	RESOLVE_OBJECTION, FORWARD_TO_COUNTY, FORWARD_TO_CITY, NOT_ACCEPT, ACCEPT, START_COMMITTEE_REVIEW, RECORD_PASS,
	RECORD_FAIL, EXPIRE_AMENDMENT, CONFIRM_TO_CITY, APPROVE, COMMISSION

}
