/**
 * Dashboards of a review season (issue #8 part 1): files by stage, specialty, level, county and unit, pass rate,
 * working days in each stage and in the current one, overdue files as the queues flag them, and intake per day
 * against each committee's window, for the city and county reviewers and administrators, each figure scoped in SQL
 * to the viewer's jurisdiction. Public API: {@link cn.zhicheng.portal.application.dashboard.Dashboard}.
 */
@NullMarked
package cn.zhicheng.portal.application.dashboard;

import org.jspecify.annotations.NullMarked;
