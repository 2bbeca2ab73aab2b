package cn.zhicheng.portal.application.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.upload.UploadRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's attachment doors. A plain form POST (the page works without JavaScript) that stores the file is
 * answered with a redirect back to the page and a flash notice; a refused one with the same page drawn again, its
 * 4xx status ({@link UploadRefusal}) and the Chinese message beside the file field. The upgraded form's script gets
 * JSON instead, with the same status. The handlers return {@code Object} because Spring MVC picks the answer's handler
 * by the returned value: a view name or a {@link ResponseEntity}.
 */
@Controller
@RequestMapping("/applicant/applications/{id}/attachments")
class AttachmentController {

	private final AttachmentService attachments;

	private final MessageSource messages;

	private final AttachmentPages pages;

	AttachmentController(AttachmentService attachments, MessageSource messages, AttachmentPages pages) {
		this.attachments = attachments;
		this.messages = messages;
		this.pages = pages;
	}

	@PostMapping("/{section}")
	Object upload(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable AttachmentSection section, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String returnTo, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model, Locale locale) throws IOException {
		String back = ReturnPaths.safe(id, returnTo, section.step().path(id));
		try {
			byte[] bytes = (file == null) ? new byte[0] : file.getBytes();
			String name = (file == null || file.getOriginalFilename() == null) ? "" : file.getOriginalFilename();
			AttachmentView view = attachments.upload(user.id(), id, section, name, bytes);
			String message = messages.getMessage("attachment.uploaded", new Object[] { view.fileName() }, locale);
			return answer(request, redirect, back, new AttachmentNotice(section.name(), true, message), view);
		}
		catch (AttachmentRefusedException refused) {
			String message = messages.getMessage(refused.messageKey(), refused.arguments(), locale);
			HttpStatus status = refusal(refused.messageKey()).status();
			if (wantsJson(request)) {
				return ResponseEntity.status(status).body(new UploadAnswer(false, message, null));
			}
			response.setStatus(status.value());
			model.addAttribute("attachmentNotice", new AttachmentNotice(section.name(), false, message));
			return pages.page(user, id, section.step(), model);
		}
	}

	/** How a refusal is answered: see {@link UploadRefusal} for why each status. */
	static UploadRefusal refusal(String messageKey) {
		return switch (messageKey) {
			case "attachment.error.too-large" -> UploadRefusal.TOO_LARGE;
			case "attachment.error.type", "attachment.error.heic" -> UploadRefusal.UNSUPPORTED;
			case "attachment.error.section-full", "attachment.error.total-full", "attachment.error.duplicate",
					"attachment.error.not-editable" ->
				UploadRefusal.CONFLICT;
			default -> UploadRefusal.MALFORMED;
		};
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		Download download = attachments.download(user.id(), id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(download.fileName(), attachmentId))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(download.bytes());
	}

	@PostMapping("/{attachmentId}/delete")
	Object delete(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable long attachmentId,
			@RequestParam(required = false) @Nullable String returnTo, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		try {
			AttachmentView view = attachments.delete(user.id(), id, attachmentId);
			String message = messages.getMessage("attachment.deleted", new Object[] { view.fileName() }, locale);
			String back = ReturnPaths.safe(id, returnTo, view.section().step().path(id));
			return answer(request, redirect, back, new AttachmentNotice(view.section().name(), true, message), view);
		}
		catch (AttachmentRefusedException refused) {
			String message = messages.getMessage(refused.messageKey(), refused.arguments(), locale);
			String back = ReturnPaths.safe(id, returnTo, "/applicant/applications/" + id);
			return answer(request, redirect, back, new AttachmentNotice("", false, message), null);
		}
	}

	private static Object answer(HttpServletRequest request, RedirectAttributes redirect, String back,
			AttachmentNotice notice, @Nullable AttachmentView view) {
		if (wantsJson(request)) {
			UploadAnswer body = new UploadAnswer(notice.ok(), notice.message(), view);
			return notice.ok() ? ResponseEntity.ok(body) : ResponseEntity.badRequest().body(body);
		}
		redirect.addFlashAttribute("attachmentNotice", notice);
		return "redirect:" + back;
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				|| (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE));
	}

	/**
	 * RFC 6266: every current browser reads {@code filename*} with the Chinese name; the plain {@code filename} is an
	 * ASCII fallback so that older clients still save a file with the right extension.
	 */
	static String contentDisposition(String fileName, long id) {
		String utf8 = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
		String encoded = utf8.substring(utf8.indexOf("filename*="));
		int dot = fileName.lastIndexOf('.');
		String ascii = fileName.substring(0, Math.max(dot, 0)).replaceAll("[^A-Za-z0-9._ -]", "").strip();
		String fallback = (ascii.isEmpty() ? "attachment-" + id : ascii) + fileName.substring(Math.max(dot, 0));
		return ContentDisposition.attachment().filename(fallback).build() + "; " + encoded;
	}

}
