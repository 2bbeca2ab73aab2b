/**
 * Exports (issue #8 part 2): the reviewers' queues, the notice lists and the result list for reporting, as CSV and
 * XLSX, streamed row by row from a database cursor so a 100,000-row export holds one row at a time, never the list;
 * and the background jobs that write any export (the committee material pack too) while its owner's page shows the
 * progress, keeping the document in PostgreSQL chunks until it is downloaded or expires. Public API:
 * {@link cn.zhicheng.portal.application.export.ExportJobs}, {@link cn.zhicheng.portal.application.export.ExportTask},
 * {@link cn.zhicheng.portal.application.export.ExportStarts}, {@link cn.zhicheng.portal.application.export.ExportPage}.
 */
@NullMarked
package cn.zhicheng.portal.application.export;

import org.jspecify.annotations.NullMarked;
