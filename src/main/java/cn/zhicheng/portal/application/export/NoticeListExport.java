package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Writes the notice lists (issue #8 part 2) as CSV or XLSX, one row at a time from a cursor, and audits each export.
 * 评前公示名单 (DOMAIN.md §4.1, the unit's notice of at least 5 working days): 业务编号, 姓名, 工作单位, 申报专业,
 * 申报层级, 评委会, 公示开始, 公示结束, 异议数, 当前状态. 评后公示名单 (§7.1 step 6): what the public page shows of each
 * passed candidate, with 序号 and the notice period. Neither carries an ID or a mobile number: they are never read.
 */
@Component
class NoticeListExport {

	static final List<String> PRE_COLUMNS = List.of("number", "name", "unit", "specialty", "level", "committee",
			"starts", "ends", "objections", "status");

	static final List<String> RESULT_COLUMNS = List.of("seq", "name", "unit", "specialty", "title", "level",
			"committee", "starts", "ends");

	private final NoticeListQuery query;

	private final ListCursor cursor;

	private final ListTexts texts;

	private final AuditLog audit;

	NoticeListExport(NoticeListQuery query, ListCursor cursor, ListTexts texts, AuditLog audit) {
		this.query = query;
		this.cursor = cursor;
		this.texts = texts;
		this.audit = audit;
	}

	/**
	 * The rows {@link #write} would write now, for a progress bar.
	 * @throws ListNotFoundException for a session the viewer may not see
	 */
	long count(PortalUser viewer, NoticeListRequest request) {
		return cursor.count(query.prepare(viewer, request));
	}

	/**
	 * Refuses a list that names a session the viewer may not see, so a download can answer 404 before it sends the
	 * headers of a file.
	 * @throws ListNotFoundException for such a session
	 */
	void check(PortalUser viewer, NoticeListRequest request) {
		query.prepare(viewer, request);
	}

	/**
	 * Writes the list: {@code progress} learns the total first, then the rows written every
	 * {@value ListSheet#REPORT_EVERY} rows and at the end. Returns the rows written, the header not counted.
	 * @throws ListNotFoundException for a session the viewer may not see, before anything is written
	 */
	int write(PortalUser viewer, NoticeListRequest request, ExportFormat format, OutputStream out,
			ExportProgress progress) throws IOException {
		String kind = request.resultNotice() ? "result" : "pre";
		List<String> columns = request.resultNotice() ? RESULT_COLUMNS : PRE_COLUMNS;
		ListCursor.Statement statement = query.prepare(viewer, request);
		int rows;
		try (ListSheet sheet = new ListSheet(format, out, texts.text("export.notices." + kind + ".sheet"),
				columns.stream().map(c -> texts.text("export.notices." + kind + ".column." + c)).toList(),
				progress)) {
			cursor.stream(statement, progress::expect, rs -> sheet
				.row(request.resultNotice() ? resultRow(rs, sheet.rows() + 1) : preRow(rs)));
			rows = sheet.rows();
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		// Named here: a background export runs where nobody is signed in, so the log could not add the name.
		audit.record(new AuditEntry(viewer.id(), viewer.role().name(), viewer.getUsername(), "EXPORT_NOTICES",
				request.resultNotice() ? "COMMITTEE_SESSION" : "APPLICATION", request.sessionId(),
				format.name() + " " + kind + " year: " + request.reviewYear() + " rows: " + rows, null, null));
		return rows;
	}

	private List<String> preRow(ResultSet rs) throws SQLException {
		return List.of(rs.getString("number"), rs.getString("applicant_name"),
				ListTexts.cell(rs.getString("unit_name")), ListTexts.cell(rs.getString("specialty_name")),
				texts.named("title.level.", rs.getString("target_level")),
				ListTexts.cell(rs.getString("committee_name")), ListTexts.date(rs.getDate("notice_starts_on")),
				ListTexts.date(rs.getDate("notice_ends_on")), Long.toString(rs.getLong("objections")),
				texts.named("application.status.", rs.getString("status")));
	}

	private List<String> resultRow(ResultSet rs, int seq) throws SQLException {
		return List.of(Integer.toString(seq), rs.getString("applicant_name"),
				ListTexts.cell(rs.getString("unit_name")), ListTexts.cell(rs.getString("specialty_name")),
				ListTexts.cell(rs.getString("level_name")), texts.named("title.level.", rs.getString("target_level")),
				ListTexts.cell(rs.getString("committee_name")), ListTexts.date(rs.getDate("result_notice_starts_on")),
				ListTexts.date(rs.getDate("result_notice_ends_on")));
	}

	/** A name for any notice list export, as {@link QueueExport#fileName} names the queue's: 公示名单-2026-02-10. */
	String fileName(Locale locale) {
		return texts.fileName("export.notices.file.any", 0, locale);
	}

	/** The list's own name: 评前公示名单-2025年度-2026-02-10 or 评后公示名单-2025年度-2026-02-10. */
	String fileName(NoticeListRequest request, Locale locale) {
		return texts.fileName(request.resultNotice() ? "export.notices.file.result" : "export.notices.file.pre",
				request.reviewYear(), locale);
	}

}
