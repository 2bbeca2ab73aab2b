/**
 * Dashboards of a review season (issue #8 part 1): files by stage, specialty, level and county, pass rate, days in
 * the current stage and overdue files, for the city and county reviewers and administrators, each figure scoped in
 * SQL to the viewer's jurisdiction. Public API: {@link cn.zhicheng.portal.application.dashboard.Dashboard}.
 */
@NullMarked
package cn.zhicheng.portal.application.dashboard;

import org.jspecify.annotations.NullMarked;
