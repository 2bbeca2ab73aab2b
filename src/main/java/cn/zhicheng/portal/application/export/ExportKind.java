package cn.zhicheng.portal.application.export;

/** What a background export writes (the {@code kind} of {@code export_job}, V26). */
public enum ExportKind {

	/** A reviewer's queue with its filters. */
	QUEUE,

	/** A 评前公示 or 评后公示 list. */
	NOTICE_LIST,

	/** The result list for reporting (评审结果上报 / 组批件). */
	RESULT_LIST,

	/** A committee's material pack: review forms, attachments and a manifest in one ZIP. */
	COMMITTEE_PACK

}
