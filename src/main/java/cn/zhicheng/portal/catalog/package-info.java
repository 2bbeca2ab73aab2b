/**
 * The reference data applications are filed against: title levels and the evaluation committees (评委会) that
 * review them. Series, specialties, intake windows and the working-day calendar join it with issue #4. Public API:
 * {@link cn.zhicheng.portal.catalog.CommitteeDirectory} and {@link cn.zhicheng.portal.catalog.TitleLevel}.
 */
@NullMarked
package cn.zhicheng.portal.catalog;

import org.jspecify.annotations.NullMarked;
