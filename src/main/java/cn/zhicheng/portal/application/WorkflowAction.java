package cn.zhicheng.portal.application;

/** The actions of {@link Workflow}; each is one row of the table. */
public enum WorkflowAction {

	SUBMIT, WITHDRAW, RESUBMIT, ABANDON, RETURN_TO_APPLICANT

}
