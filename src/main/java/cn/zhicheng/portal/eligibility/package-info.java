/**
 * 申报资格与年限计算 (DOMAIN.md §2–3): whether an education, a current title and a review year meet the Guangdong
 * 工程系列 conditions, by which route, and from when 资历 and 有效材料 count. Public API: {@link cn.zhicheng.portal.eligibility.Eligibility}
 * and {@link cn.zhicheng.portal.eligibility.ContinuingEducation}.
 */
@NullMarked
package cn.zhicheng.portal.eligibility;

import org.jspecify.annotations.NullMarked;
