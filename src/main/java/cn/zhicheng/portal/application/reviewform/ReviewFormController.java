package cn.zhicheng.portal.application.reviewform;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.domain.ApplicationService;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The applicant's own review form and material checklist as downloads. Only the applicant's file is found (scoped in
 * SQL); it is a preview with the 预览 watermark while they may still change it. Personal data: never cached.
 */
@Controller
class ReviewFormController {

	private final ApplicationService applications;

	private final Persons persons;

	private final ReviewFormPdf reviewForm;

	private final MaterialChecklist checklist;

	private final MessageSource messages;

	ReviewFormController(ApplicationService applications, Persons persons, ReviewFormPdf reviewForm,
			MaterialChecklist checklist, MessageSource messages) {
		this.applications = applications;
		this.persons = persons;
		this.reviewForm = reviewForm;
		this.checklist = checklist;
		this.messages = messages;
	}

	@GetMapping("/applicant/applications/{id}/review-form.pdf")
	ResponseEntity<byte[]> reviewForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		ApplicationFile file = fileOf(user, id);
		if (!file.header().type().titleForm()) {
			// A certificate reissue has no review form.
			throw new ApplicationNotFoundException(id);
		}
		byte[] photo = persons.photo(user.id()).orElse(null);
		String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		RenderedForm form = reviewForm.render(file, photo, file.header().status().editableByApplicant(), baseUrl);
		return pdf(form.pdf(), "reviewform.file.name", "review-form-", file.header().number());
	}

	@GetMapping("/applicant/applications/{id}/checklist.pdf")
	ResponseEntity<byte[]> checklist(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		ApplicationFile file = fileOf(user, id);
		return pdf(checklist.render(file), "reviewform.checklist.file.name", "checklist-", file.header().number());
	}

	private ApplicationFile fileOf(PortalUser user, long id) {
		return applications.fileOf(user.id(), id).orElseThrow(() -> new ApplicationNotFoundException(id));
	}

	/** A download with a Chinese file name (RFC 6266 filename*) and an ASCII one for clients that lack it. */
	private ResponseEntity<byte[]> pdf(byte[] pdf, String nameKey, String asciiPrefix, String number) {
		String chinese = messages.getMessage(nameKey, new Object[] { number }, Locale.SIMPLIFIED_CHINESE);
		String ascii = asciiPrefix + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
					+ UriUtils.encode(chinese, StandardCharsets.UTF_8))
			.body(pdf);
	}

}
