package cn.zhicheng.portal.application.review;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.attachment.Download;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReturnReasons;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.application.notice.ObjectionService;
import cn.zhicheng.portal.application.reviewform.ReviewFormPdf;
import cn.zhicheng.portal.application.domain.FrozenFiles;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A reviewer's view of one file (issue #6 part 2): every section as submitted, its attachments and the review form,
 * the timeline with reasons, what changed since the last return, and the decisions the reviewer may take now.
 */
@Controller
class ReviewFileController {

	static final String VIEW = "review/file";

	private final ReviewService reviews;

	private final ApplicationService applications;

	private final AttachmentService attachments;

	private final ReviewFormPdf reviewForm;

	private final ReturnReasons returnReasons;

	private final Persons persons;

	private final FrozenFiles frozenFiles;

	private final ObjectionService objections;

	private final java.time.Clock clock;

	private final cn.zhicheng.portal.catalog.Routing routing;

	private final CommissionLetter letter;

	private final cn.zhicheng.portal.region.RegionDirectory regions;

	private final org.springframework.context.MessageSource messages;

	ReviewFileController(ReviewService reviews, ApplicationService applications, AttachmentService attachments,
			ReviewFormPdf reviewForm, ReturnReasons returnReasons, Persons persons, FrozenFiles frozenFiles,
			ObjectionService objections, cn.zhicheng.portal.catalog.Routing routing, CommissionLetter letter,
			cn.zhicheng.portal.region.RegionDirectory regions, org.springframework.context.MessageSource messages,
			java.time.Clock clock) {
		this.letter = letter;
		this.regions = regions;
		this.messages = messages;
		this.routing = routing;
		this.objections = objections;
		this.clock = clock;
		this.reviews = reviews;
		this.applications = applications;
		this.attachments = attachments;
		this.reviewForm = reviewForm;
		this.returnReasons = returnReasons;
		this.persons = persons;
		this.frozenFiles = frozenFiles;
	}

	@GetMapping({ "/unit/applications/{id}", "/county/applications/{id}", "/city/applications/{id}" })
	String file(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Application app = reviews.load(user, id);
		ApplicationFile file = applications.file(app);
		model.addAttribute("app", app);
		model.addAttribute("file", file);
		model.addAttribute("base", user.role().homePath() + "/applications/" + id);
		model.addAttribute("history", returnReasons.history(app.id()));
		model.addAttribute("attachmentList", attachments.listForReviewer(user, id));
		model.addAttribute("actions", Workflow.actionsFor(Party.of(user.role()), app.status(), app.type()));
		model.addAttribute("today", java.time.LocalDate.now(clock));
		model.addAttribute("destination", destination(app));
		model.addAttribute("claimedByOther", app.claimedBy() != null && app.claimedBy() != user.id());
		if (user.role() == cn.zhicheng.portal.account.Role.UNIT_HR) {
			model.addAttribute("objections", objections.objectionsFor(user, id));
		}
		if (app.returnedSnapshot() != null && !app.status().editableByApplicant()) {
			ApplicationFile returned = frozenFiles.thaw(app.returnedSnapshot());
			model.addAttribute("changed", ChangeView.changedSections(returned, file));
		}
		return VIEW;
	}

	/** The review form as submitted: no 预览 watermark; the reviewer prints and signs it. */
	@GetMapping({ "/unit/applications/{id}/review-form.pdf", "/county/applications/{id}/review-form.pdf",
			"/city/applications/{id}/review-form.pdf" })
	ResponseEntity<byte[]> reviewForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		Application app = reviews.load(user, id);
		byte[] pdf = reviewForm.render(applications.file(app), persons.photo(app.applicantId()).orElse(null), false,
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()).pdf();
		return download(pdf, MediaType.APPLICATION_PDF_VALUE, "广东省职称评审表-" + app.number() + ".pdf");
	}

	/** 委托函 of a commissioned review, once the city bureau has commissioned it. */
	@GetMapping("/city/applications/{id}/commission-letter.pdf")
	ResponseEntity<byte[]> commissionLetter(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		Application app = reviews.load(user, id);
		boolean commissioned = app.type() == cn.zhicheng.portal.application.ApplicationType.COMMISSIONED_EVALUATION
				&& applications.history(app.applicantId(), id)
					.stream()
					.anyMatch(h -> h.action() == cn.zhicheng.portal.application.WorkflowAction.COMMISSION);
		if (!commissioned) {
			throw new cn.zhicheng.portal.application.ApplicationNotFoundException(id);
		}
		byte[] pdf = letter.render(applications.file(app), letterIssuer(user), java.time.LocalDate.now(clock));
		return download(pdf, MediaType.APPLICATION_PDF_VALUE, "委托函-" + app.number() + ".pdf");
	}

	private String letterIssuer(PortalUser user) {
		return user.regionId() == null ? "" : regions.find(user.regionId())
			.map(region -> region.name() + messages.getMessage("review.letter.bureau", null, java.util.Locale.SIMPLIFIED_CHINESE))
			.orElse("");
	}

	@GetMapping({ "/unit/applications/{id}/attachments/{attachmentId}",
			"/county/applications/{id}/attachments/{attachmentId}",
			"/city/applications/{id}/attachments/{attachmentId}" })
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		Download file = attachments.downloadForReviewer(user, id, attachmentId);
		return download(file.bytes(), file.contentType(), file.fileName());
	}

	/** Where the file goes after the county, by the administrator's routing rules (DOMAIN.md §7.3); null if none. */
	private cn.zhicheng.portal.catalog.@org.jspecify.annotations.Nullable Destination destination(Application app) {
		var level = app.declarationAnswers().targetLevel();
		if (level == null) {
			return null;
		}
		try {
			return routing.destinationFor(app.type().name(), level);
		}
		catch (cn.zhicheng.portal.catalog.Routing.NoRoutingRule none) {
			return null;
		}
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(bytes);
	}


}
