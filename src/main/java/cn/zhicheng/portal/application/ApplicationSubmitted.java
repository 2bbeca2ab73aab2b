package cn.zhicheng.portal.application;

/** A file was sent (or sent again) to its unit; the unit's officers are told. */
public record ApplicationSubmitted(long applicationId, String number, long applicantId, long unitId,
		boolean resubmission) {
}
