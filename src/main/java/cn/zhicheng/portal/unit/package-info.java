/**
 * Employer units (人事管理单位): the organisation that keeps an applicant's HR file, reviews first and runs the 评前公示;
 * its supervising unit (主管单位) is the unit above it, so units form a tree. A unit registers pending and acts only
 * once its supervising unit or the county or city bureau approves it. Public API: {@link
 * cn.zhicheng.portal.unit.UnitDirectory} (reads), {@link cn.zhicheng.portal.unit.UnitRegistry} (registration and
 * profile), {@link cn.zhicheng.portal.unit.UnitApprovals} (单位审核) and their records and exceptions. This module knows
 * no accounts: who may approve what arrives as an {@link cn.zhicheng.portal.unit.ApprovalScope}.
 */
@NullMarked
package cn.zhicheng.portal.unit;

import org.jspecify.annotations.NullMarked;
