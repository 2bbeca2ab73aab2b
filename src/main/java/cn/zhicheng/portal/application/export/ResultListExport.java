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
 * Writes the result list for reporting (评审结果上报 / 组批件, issue #8 part 2) as CSV or XLSX, one row at a time from a
 * cursor, and audits each export: 序号, 业务编号, 姓名, 性别, 工作单位, 所在地区, 申报系列/专业, 申报层级, 取得资格名称,
 * 评委会, 评审会议日期, 应到, 实到, 同意, 不同意, 弃权, 结果, 公示期, 证书编号 — the committee's record of each file
 * (DOMAIN.md §6.3 十二, §7.1 steps 5–6). 取得资格名称 is what a pass grants (the certificate's title, or the series'
 * name of the level before one is issued), so it is empty for a file that did not pass. No ID or mobile number.
 */
@Component
class ResultListExport {

	static final List<String> COLUMNS = List.of("seq", "number", "name", "gender", "unit", "county", "specialty",
			"level", "title", "committee", "held", "total", "present", "agree", "disagree", "abstain", "outcome",
			"notice", "certificate");

	private final ResultListQuery query;

	private final ListCursor cursor;

	private final ListTexts texts;

	private final AuditLog audit;

	ResultListExport(ResultListQuery query, ListCursor cursor, ListTexts texts, AuditLog audit) {
		this.query = query;
		this.cursor = cursor;
		this.texts = texts;
		this.audit = audit;
	}

	/**
	 * The rows {@link #write} would write now, for a progress bar.
	 * @throws ListNotFoundException for a committee the viewer may not see
	 */
	long count(PortalUser viewer, ResultListRequest request) {
		return cursor.count(query.prepare(viewer, request));
	}

	/**
	 * Refuses a list that names a committee the viewer may not see, so a download can answer 404 before it sends the
	 * headers of a file.
	 * @throws ListNotFoundException for such a committee
	 */
	void check(PortalUser viewer, ResultListRequest request) {
		query.prepare(viewer, request);
	}

	/**
	 * Writes the list: {@code progress} learns the total first, then the rows written every
	 * {@value ListSheet#REPORT_EVERY} rows and at the end. Returns the rows written, the header not counted.
	 * @throws ListNotFoundException for a committee the viewer may not see, before anything is written
	 */
	int write(PortalUser viewer, ResultListRequest request, ExportFormat format, OutputStream out,
			ExportProgress progress) throws IOException {
		ListCursor.Statement statement = query.prepare(viewer, request);
		int rows;
		try (ListSheet sheet = new ListSheet(format, out, texts.text("export.results.sheet"),
				COLUMNS.stream().map(c -> texts.text("export.results.column." + c)).toList(), progress)) {
			cursor.stream(statement, progress::expect, rs -> sheet.row(row(rs, sheet.rows() + 1)));
			rows = sheet.rows();
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		// Named here: a background export runs where nobody is signed in, so the log could not add the name.
		audit.record(new AuditEntry(viewer.id(), viewer.role().name(), viewer.getUsername(), "EXPORT_RESULTS",
				request.committeeId() == null ? "APPLICATION" : "COMMITTEE", request.committeeId(),
				format.name() + " year: " + request.reviewYear() + " rows: " + rows, null, null));
		return rows;
	}

	private List<String> row(ResultSet rs, int seq) throws SQLException {
		boolean passed = "PASS".equals(rs.getString("outcome"));
		String series = ListTexts.cell(rs.getString("series_name"));
		String specialty = ListTexts.cell(rs.getString("specialty_name"));
		String starts = ListTexts.date(rs.getDate("result_notice_starts_on"));
		return List.of(Integer.toString(seq), rs.getString("number"), rs.getString("applicant_name"),
				texts.named("validation.gender.", rs.getString("gender")), ListTexts.cell(rs.getString("unit_name")),
				ListTexts.cell(rs.getString("county_name")),
				series.isEmpty() || specialty.isEmpty() ? series + specialty : series + " / " + specialty,
				texts.named("title.level.", rs.getString("target_level")),
				passed ? ListTexts.cell(rs.getString("title_name")) : "",
				ListTexts.cell(rs.getString("committee_name")),
				ListTexts.date(rs.getDate("held_on")), Integer.toString(rs.getInt("members_total")),
				Integer.toString(rs.getInt("members_present")), Integer.toString(rs.getInt("agree")),
				Integer.toString(rs.getInt("disagree")), Integer.toString(rs.getInt("abstain")),
				texts.text("export.results.outcome." + rs.getString("outcome")),
				starts.isEmpty() ? ""
						: texts.text("export.results.notice-period", starts,
								ListTexts.date(rs.getDate("result_notice_ends_on"))),
				ListTexts.cell(rs.getString("certificate_number")));
	}

	/** A name for the export, as {@link QueueExport#fileName} names the queue's: 评审结果名单-2026-02-10. */
	String fileName(Locale locale) {
		return texts.fileName("export.results.file.any", 0, locale);
	}

	/** The list's own name: 评审结果名单-2025年度-2026-02-10. */
	String fileName(ResultListRequest request, Locale locale) {
		return texts.fileName("export.results.file.year", request.reviewYear(), locale);
	}

}
