package cn.zhicheng.portal.application;

/** The applicant took a submitted file back before the unit acted. */
public record ApplicationWithdrawn(long applicationId, String number, long applicantId, long unitId) {
}
