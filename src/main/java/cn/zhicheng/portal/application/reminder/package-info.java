/**
 * Reminder jobs (issue #6 part 7): reviewers before a committee's deadline, applicants whose return is unanswered,
 * and the amendment deadline that turns an unanswered return into a withdrawal. Each job's logic is a plain method
 * taking the day, so tests run it for any date; the scheduled entry points run daily and once across instances.
 */
@NullMarked
package cn.zhicheng.portal.application.reminder;

import org.jspecify.annotations.NullMarked;
