/**
 * The working-day calendar: statutory holidays and 调休 working days from the State Council's yearly notices, which
 * every deadline counted in 工作日 (公示, 补正) depends on. Public API: {@link cn.zhicheng.portal.calendar.WorkingCalendar}
 * and {@link cn.zhicheng.portal.calendar.PublicNoticePolicy}.
 */
@NullMarked
package cn.zhicheng.portal.calendar;

import org.jspecify.annotations.NullMarked;
