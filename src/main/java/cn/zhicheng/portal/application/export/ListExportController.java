package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.util.Locale;

import cn.zhicheng.portal.account.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the notice lists and the result list, streamed straight to the response (GET) or written in the
 * background from the exports page's forms (POST). The security chain has
 * matched the path's role (/unit, /county, /city, /admin); the writers scope every row to the signed-in viewer. A year
 * that is not four digits or a missing or malformed parameter answers 400, a session or committee outside the
 * viewer's reach 404 — both on the portal's Chinese error page, checked before the file's headers are sent.
 */
@Controller
class ListExportController {

	private final NoticeListExport notices;

	private final ResultListExport results;

	private final ExportStarts starts;

	ListExportController(NoticeListExport notices, ResultListExport results, ExportStarts starts) {
		this.notices = notices;
		this.results = results;
		this.starts = starts;
	}

	/** The exports page's notice-list form: the same list, written in the background. */
	@PostMapping({ "/unit/notices/exports", "/county/notices/exports", "/city/notices/exports",
			"/admin/notices/exports" })
	String noticesInBackground(@AuthenticationPrincipal PortalUser viewer, @RequestParam int year,
			@RequestParam(required = false) @Nullable Long sessionId,
			@RequestParam(defaultValue = "XLSX") ExportFormat format, RedirectAttributes flash) {
		NoticeListRequest request = new NoticeListRequest(year, sessionId);
		notices.check(viewer, request);
		return starts.start(viewer, ExportTask.of(ExportKind.NOTICE_LIST, format,
				notices.fileName(request, ListTexts.CHINESE), notices.fileName(request, Locale.ROOT),
				(out, progress) -> notices.write(viewer, request, format, out, progress)), flash);
	}

	/** The exports page's result-report form: the same list, written in the background. */
	@PostMapping({ "/county/results/exports", "/city/results/exports", "/admin/results/exports" })
	String resultsInBackground(@AuthenticationPrincipal PortalUser viewer, @RequestParam int year,
			@RequestParam(required = false) @Nullable Long committeeId,
			@RequestParam(defaultValue = "XLSX") ExportFormat format, RedirectAttributes flash) {
		ResultListRequest request = new ResultListRequest(year, committeeId);
		results.check(viewer, request);
		return starts.start(viewer, ExportTask.of(ExportKind.RESULT_LIST, format,
				results.fileName(request, ListTexts.CHINESE), results.fileName(request, Locale.ROOT),
				(out, progress) -> results.write(viewer, request, format, out, progress)), flash);
	}

	@GetMapping({ "/unit/notices/export.{format:csv|xlsx}", "/county/notices/export.{format:csv|xlsx}",
			"/city/notices/export.{format:csv|xlsx}", "/admin/notices/export.{format:csv|xlsx}" })
	void notices(@AuthenticationPrincipal PortalUser viewer, @PathVariable String format, @RequestParam int year,
			@RequestParam(required = false) @Nullable Long sessionId, HttpServletResponse response)
			throws IOException {
		NoticeListRequest request = new NoticeListRequest(year, sessionId);
		notices.check(viewer, request);
		ExportFormat chosen = format(format);
		headers(response, chosen, notices.fileName(request, ListTexts.CHINESE), notices.fileName(request, Locale.ROOT));
		notices.write(viewer, request, chosen, response.getOutputStream(), ExportProgress.NONE);
	}

	@GetMapping({ "/county/results/export.{format:csv|xlsx}", "/city/results/export.{format:csv|xlsx}",
			"/admin/results/export.{format:csv|xlsx}" })
	void results(@AuthenticationPrincipal PortalUser viewer, @PathVariable String format, @RequestParam int year,
			@RequestParam(required = false) @Nullable Long committeeId, HttpServletResponse response)
			throws IOException {
		ResultListRequest request = new ResultListRequest(year, committeeId);
		results.check(viewer, request);
		ExportFormat chosen = format(format);
		headers(response, chosen, results.fileName(request, ListTexts.CHINESE), results.fileName(request, Locale.ROOT));
		results.write(viewer, request, chosen, response.getOutputStream(), ExportProgress.NONE);
	}

	private static ExportFormat format(String extension) {
		return "xlsx".equals(extension) ? ExportFormat.XLSX : ExportFormat.CSV;
	}

	private static void headers(HttpServletResponse response, ExportFormat format, String name, String asciiName) {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, QueueExportController
			.disposition(name + "." + format.extension(), asciiName + "." + format.extension()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
