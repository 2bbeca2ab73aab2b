package cn.zhicheng.portal.eligibility;

/**
 * The eligibility engine (issue 5 part 4): 评审 level by level under the Guangdong 工程 field standard (DOMAIN.md §2.2)
 * with the post-2021 counting of §2.3, or 初次职称考核认定 under §2.4. When the normal route fails for want of 学历 or
 * 年限, the answer says that 破格 (§2.5) remains possible.
 */
public interface Eligibility {

	EligibilityResult assess(EligibilityRequest request);

	/**
	 * Checks the file's evidence against the conditions the result applied (its seniority window and materials
	 * window): 继续教育 and 年度考核 for each year checked (DOMAIN.md §3), achievements inside 有效材料 (§2.3). A result
	 * that is not eligible is checked all the same, because the form shows every finding at once.
	 */
	EvidenceFindings checkEvidence(EligibilityResult result, Evidence evidence);

}
