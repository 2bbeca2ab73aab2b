/**
 * 申报资格与年限计算 (DOMAIN.md §2–3): whether an education, a current title and a review year meet the Guangdong
 * 工程系列 conditions, by which route, and from when 资历 and 有效材料 count; and whether a file's 继续教育, 年度考核 and
 * dated achievements meet them. Public API: {@link cn.zhicheng.portal.eligibility.Eligibility} (with
 * {@link cn.zhicheng.portal.eligibility.Evidence} and {@link cn.zhicheng.portal.eligibility.EvidenceFindings}) and
 * {@link cn.zhicheng.portal.eligibility.ContinuingEducation}.
 */
@NullMarked
package cn.zhicheng.portal.eligibility;

import org.jspecify.annotations.NullMarked;
