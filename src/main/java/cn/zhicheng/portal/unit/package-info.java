/**
 * Employer units (人事管理单位): the organisation that keeps an applicant's HR file, reviews first and runs the 评前公示;
 * its supervising unit (主管单位) is the unit above it. Public API: {@link cn.zhicheng.portal.unit.UnitDirectory}.
 */
@NullMarked
package cn.zhicheng.portal.unit;

import org.jspecify.annotations.NullMarked;
