package cn.zhicheng.portal.application;

/** A reviewer sent the file back to the applicant with reasons (退回). */
public record ApplicationReturned(long applicationId, String number, long applicantId, String reason) {
}
