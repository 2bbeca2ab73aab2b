package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.review.QueueFilter;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.calendar.YearNotLoadedException;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a reviewer's queue, filters applied, as CSV or XLSX to a stream, one row at a time, and audits the export
 * (who exported how many rows). Columns (issue #8): 业务编号, 姓名, 工作单位, 专业, 层级, 评委会, 受理截止, 状态,
 * 本环节工作日; no ID or phone number leaves the portal this way.
 */
@Component
class QueueExport {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<String> COLUMNS = List.of("number", "name", "unit", "specialty", "level", "committee",
			"deadline", "status", "days");

	/** Rows between two progress reports: often enough for a bar, rare enough to cost nothing. */
	static final int PROGRESS_EVERY = 500;

	private final QueueExportQuery query;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	private final ResourceBundleMessageSource texts;

	QueueExport(QueueExportQuery query, WorkingCalendar calendar, AuditLog audit, Clock clock, MessageSource messages) {
		this.query = query;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.texts = new ResourceBundleMessageSource();
		this.texts.setBasename("i18n/export");
		this.texts.setDefaultEncoding("UTF-8");
		this.texts.setFallbackToSystemLocale(false);
		this.texts.setParentMessageSource(messages);
	}

	/**
	 * The file's name without extension: 待办材料导出-2026-02-10 in Chinese, or the English bundle's ASCII name for
	 * browsers that ignore {@code filename*}.
	 */
	String fileName(Locale locale) {
		return texts.getMessage("export.queue.file", new Object[] { LocalDate.now(clock).toString() }, locale);
	}

	/** The export as a background job: the same document, written by {@link ExportJobs}. */
	ExportTask task(PortalUser reviewer, QueueFilter filter, ExportFormat format) {
		return ExportTask.of(ExportKind.QUEUE, format, fileName(CHINESE), fileName(Locale.ROOT),
				(out, progress) -> write(reviewer, filter, format, out, progress));
	}

	/** Writes the export and returns the number of rows written, the header not counted. */
	int write(PortalUser reviewer, QueueFilter filter, ExportFormat format, OutputStream out) throws IOException {
		return write(reviewer, filter, format, out, ExportProgress.NONE);
	}

	/** {@link #write(PortalUser, QueueFilter, ExportFormat, OutputStream)}, reporting rows to {@code progress}. */
	int write(PortalUser reviewer, QueueFilter filter, ExportFormat format, OutputStream out, ExportProgress progress)
			throws IOException {
		if (progress != ExportProgress.NONE) {
			progress.expect(query.count(reviewer, filter));
		}
		int[] rows = { 0 };
		try (RowSink sink = format == ExportFormat.CSV ? new CsvSink(out)
				: new XlsxSink(out, texts.getMessage("export.queue.sheet", null, CHINESE))) {
			sink.row(COLUMNS.stream().map(c -> texts.getMessage("export.queue.column." + c, null, CHINESE)).toList());
			LocalDate today = LocalDate.now(clock);
			Map<LocalDate, String> daysByEntry = new HashMap<>();
			query.stream(reviewer, filter, rs -> {
				Instant changed = rs.getTimestamp("status_changed_at").toInstant();
				LocalDate entered = changed.atZone(clock.getZone()).toLocalDate();
				String level = rs.getString("target_level");
				java.sql.Date deadline = rs.getDate("committee_deadline");
				List<String> cells = List.of(QueueExportQuery.text(rs, "number"),
						QueueExportQuery.text(rs, "applicant_name"), QueueExportQuery.text(rs, "unit_name"),
						QueueExportQuery.text(rs, "specialty_name"),
						level == null ? "" : texts.getMessage("title.level." + level, null, level, CHINESE),
						QueueExportQuery.text(rs, "committee_name"),
						deadline == null ? "" : deadline.toLocalDate().toString(),
						texts.getMessage("application.status." + rs.getString("status"), null, CHINESE),
						daysByEntry.computeIfAbsent(entered, day -> days(day, today)));
				try {
					sink.row(cells);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				if (++rows[0] % PROGRESS_EVERY == 0) {
					progress.done(rows[0]);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		progress.done(rows[0]);
		// Named here: a background export runs where nobody is signed in, so the log could not add the name.
		audit.record(new AuditEntry(reviewer.id(), reviewer.role().name(), reviewer.getUsername(), "EXPORT_QUEUE",
				"APPLICATION", null, format.name() + " rows: " + rows[0], null, null));
		return rows[0];
	}

	/** Working days since the file entered the stage, the entry day not counted, as the queue shows them. */
	private String days(LocalDate entered, LocalDate today) {
		LocalDate from = entered.plusDays(1);
		if (from.isAfter(today)) {
			return "0";
		}
		try {
			return Integer.toString(calendar.workingDaysBetween(from, today));
		}
		catch (YearNotLoadedException notLoaded) {
			return "";
		}
	}

}
