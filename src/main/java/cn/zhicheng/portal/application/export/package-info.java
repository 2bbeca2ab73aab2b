/**
 * Exports of the reviewers' queues to CSV and XLSX (issue #8 part 2), streamed row by row from a database cursor to
 * the response so a 100,000-row export holds one row at a time, never the list.
 */
@NullMarked
package cn.zhicheng.portal.application.export;

import org.jspecify.annotations.NullMarked;
