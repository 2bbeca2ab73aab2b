package cn.zhicheng.portal.application;

/**
 * Where an application stands (issue #6 part 1): with the applicant (draft, withdrawn, returned), at the unit
 * (submitted, in its 评前公示, held by an objection), at the county, at the city or committee office (review,
 * accepted, in committee review), and the ends: passed, failed, not accepted (不予受理), abandoned.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, WITHDRAWN, RETURNED, ABANDONED, IN_PUBLIC_NOTICE, HELD_BY_OBJECTION, COUNTY_REVIEW, CITY_REVIEW,
	ACCEPTED, IN_COMMITTEE_REVIEW, PASSED, FAILED, NOT_ACCEPTED;

	/** The applicant may change the file: before the first submit, after withdrawing it, or after a return. */
	public boolean editableByApplicant() {
		return this == DRAFT || this == WITHDRAWN || this == RETURNED;
	}

	/** Finished: no action leads anywhere from here. */
	public boolean terminal() {
		return Workflow.actionsFrom(this).isEmpty();
	}

}
