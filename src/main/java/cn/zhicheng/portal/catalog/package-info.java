/**
 * The reference data applications are filed against: title series, fields, specialties and level names, the
 * evaluation committees (评委会) with their yearly intake windows, and the routing of each kind of application by
 * level (DOMAIN.md §1, §7). Public API: {@link cn.zhicheng.portal.catalog.Catalog},
 * {@link cn.zhicheng.portal.catalog.CommitteeDirectory}, {@link cn.zhicheng.portal.catalog.Routing} and
 * {@link cn.zhicheng.portal.catalog.TitleLevel}.
 */
@NullMarked
package cn.zhicheng.portal.catalog;

import org.jspecify.annotations.NullMarked;
