package cn.zhicheng.portal.application.export;

import java.io.IOException;

import cn.zhicheng.portal.account.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 我的导出: the signed-in user's background exports with their progress, and the download of a ready one. The same
 * pages serve the unit, county, city and administrator paths; each reads only the caller's own jobs, and another's
 * job, a job not ready, or an expired one answers 404.
 */
@Controller
class ExportJobController {

	private final ExportJobs jobs;

	private final ExportPage page;

	ExportJobController(ExportJobs jobs, ExportPage page) {
		this.jobs = jobs;
		this.page = page;
	}

	@GetMapping({ "/unit/exports", "/county/exports", "/city/exports", "/admin/exports" })
	String jobs(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "started", required = false) @Nullable Long started, Model model) {
		return page.show(user, started, model);
	}

	/** What the page's script polls while a job is under way. */
	@GetMapping({ "/unit/exports/{id}/progress", "/county/exports/{id}/progress", "/city/exports/{id}/progress",
			"/admin/exports/{id}/progress" })
	@ResponseBody
	ResponseEntity<Progress> progress(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		return jobs.find(user, id)
			.map(job -> ResponseEntity.ok()
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(new Progress(job.status().name(), job.done(), job.total(), job.percent())))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

	@GetMapping({ "/unit/exports/{id}/download", "/county/exports/{id}/download", "/city/exports/{id}/download",
			"/admin/exports/{id}/download" })
	void download(@AuthenticationPrincipal PortalUser user, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		ExportJobs.ReadyDocument document = jobs.ready(user, id)
			.orElseThrow(() -> new ExportNotFoundException(id));
		response.setContentType(document.contentType());
		response.setContentLengthLong(document.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				QueueExportController.disposition(document.fileName(), document.asciiName()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		jobs.copy(document, response.getOutputStream());
	}

	/** A job's progress as JSON: the status name, units done and expected, and the percent when known. */
	record Progress(String status, long done, @Nullable Long total, @Nullable Integer percent) {
	}

}
