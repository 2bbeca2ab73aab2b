package cn.zhicheng.portal.application.committee;

/** A vote recorded in a session, with the file it decided. */
public record VoteRow(long applicationId, String number, String applicantName, int agree, int disagree, int abstain,
		VoteOutcome outcome) {
}
