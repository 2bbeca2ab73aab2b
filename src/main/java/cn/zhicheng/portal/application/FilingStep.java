package cn.zhicheng.portal.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The filing wizard's steps in the reference guide's order (提示1–12): HR unit, 个人信息, 学历 and 工作经历, 继续教育,
 * 获现资格之前, 业绩成果, 考核信息, 申报信息, 生成评审表, 提交. A reissue has its own short form. Optional steps may be
 * skipped (提示7); whatever they lack shows up in the review form and the submit check instead.
 */
public enum FilingStep {

	UNIT("unit", false), PERSONAL("personal", false), EDUCATION("education", false), TRAINING("training", true),
	BEFORE("before", true), ACHIEVEMENTS("achievements", true), APPRAISAL("appraisal", true),
	DECLARATION("declaration", false), REISSUE("reissue", false), REVIEW_FORM("review-form", false),
	SUBMIT("submit", false);

	private final String slug;

	private final boolean optional;

	FilingStep(String slug, boolean optional) {
		this.slug = slug;
		this.optional = optional;
	}

	public String slug() {
		return slug;
	}

	public boolean optional() {
		return optional;
	}

	/** The path of this step's page for one application. */
	public String path(long applicationId) {
		return "/applicant/applications/" + applicationId + "/steps/" + slug;
	}

	public static Optional<FilingStep> fromSlug(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

	/**
	 * The steps of a business type, in order. Initial recognition has no title yet, so no 获现资格之前; a reissue asks
	 * only which certificate and why.
	 */
	public static List<FilingStep> of(ApplicationType type) {
		return switch (type) {
			case CERTIFICATE_REISSUE -> List.of(UNIT, REISSUE, SUBMIT);
			case INITIAL_RECOGNITION -> List.of(UNIT, PERSONAL, EDUCATION, TRAINING, ACHIEVEMENTS, APPRAISAL,
					DECLARATION, REVIEW_FORM, SUBMIT);
			case EVALUATION, COMMISSIONED_EVALUATION -> List.of(UNIT, PERSONAL, EDUCATION, TRAINING, BEFORE,
					ACHIEVEMENTS, APPRAISAL, DECLARATION, REVIEW_FORM, SUBMIT);
		};
	}

}
