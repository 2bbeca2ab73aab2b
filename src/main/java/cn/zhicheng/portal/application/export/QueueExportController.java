package cn.zhicheng.portal.application.export;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.review.QueueFilter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue exports, with the queue page's own parameters (committeeId, specialtyId, level, countyId, status, q):
 * streamed straight to the response (GET), or written in the background with progress (POST, the page's buttons).
 * The security chain has matched the path's role; the query is scoped to the signed-in reviewer, so a unit, county or
 * city gets only its own files. The file streams straight to the response: the browser shows the download's
 * progress while rows are still being read.
 */
@Controller
class QueueExportController {

	private final QueueExport export;

	private final ExportStarts starts;

	QueueExportController(QueueExport export, ExportStarts starts) {
		this.export = export;
		this.starts = starts;
	}

	/** The queue page's export buttons: the same document, written in the background with a progress bar. */
	@PostMapping({ "/unit/queue/exports", "/county/queue/exports", "/city/queue/exports" })
	String background(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") QueueFilter filter,
			BindingResult errors, @RequestParam(name = "format", defaultValue = "XLSX") ExportFormat format,
			RedirectAttributes flash) {
		return starts.start(user, export.task(user, errors.hasErrors() ? QueueFilter.none() : filter, format), flash);
	}

	@GetMapping({ "/unit/queue/export.csv", "/county/queue/export.csv", "/city/queue/export.csv" })
	void csv(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") QueueFilter filter,
			BindingResult errors, HttpServletResponse response) throws IOException {
		send(user, errors.hasErrors() ? QueueFilter.none() : filter, ExportFormat.CSV, response);
	}

	@GetMapping({ "/unit/queue/export.xlsx", "/county/queue/export.xlsx", "/city/queue/export.xlsx" })
	void xlsx(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") QueueFilter filter,
			BindingResult errors, HttpServletResponse response) throws IOException {
		send(user, errors.hasErrors() ? QueueFilter.none() : filter, ExportFormat.XLSX, response);
	}

	private void send(PortalUser user, QueueFilter filter, ExportFormat format, HttpServletResponse response)
			throws IOException {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(
				export.fileName(QueueExport.CHINESE) + "." + format.extension(),
				export.fileName(Locale.ROOT) + "." + format.extension()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		export.write(user, filter, format, response.getOutputStream());
	}

	/** RFC 6266: an ASCII {@code filename} for old clients and the Chinese name in {@code filename*}. */
	static String disposition(String name, String asciiFallback) {
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		String ascii = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
