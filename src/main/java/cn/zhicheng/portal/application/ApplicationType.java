package cn.zhicheng.portal.application;

/**
 * 业务类型 (GLOSSARY.md): which form the applicant fills and where the file goes. Only evaluation and initial
 * recognition go through the eligibility engine and name a committee; a reissue names a certificate, a commission the
 * other province.
 */
public enum ApplicationType {

	INITIAL_RECOGNITION, EVALUATION, CERTIFICATE_REISSUE, COMMISSIONED_EVALUATION;

	/** Whether the full title form (records, 申报信息, review form) applies. */
	public boolean titleForm() {
		return this == INITIAL_RECOGNITION || this == EVALUATION || this == COMMISSIONED_EVALUATION;
	}

	/** Whether the file is addressed to a committee of this province, chosen in 申报信息. */
	public boolean needsCommittee() {
		return this == EVALUATION;
	}

}
