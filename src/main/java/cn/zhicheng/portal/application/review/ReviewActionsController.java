package cn.zhicheng.portal.application.review;

import java.time.LocalDate;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.StaleApplicationException;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.application.domain.ReviewService;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' decisions on a file. Each carries the version the reviewer saw: when another reviewer decided
 * first, this one is told and nothing is overwritten. Refusals come back to the file page as a message, never an
 * error page.
 */
@Controller
class ReviewActionsController {

	private final ReviewService reviews;

	private final ReviewPolicy policy;

	ReviewActionsController(ReviewService reviews, ReviewPolicy policy) {
		this.reviews = reviews;
		this.policy = policy;
	}

	/** 审核通过 → 评前公示 from the chosen day (today by default). */
	@PostMapping("/unit/applications/{id}/notice")
	String startNotice(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
			RedirectAttributes redirect) {
		return act(user, id, redirect, "review.done.notice", () -> {
			if (startsOn == null) {
				throw new WorkflowRefusedException("review.refused.notice-date-required");
			}
			redirect.addFlashAttribute("doneArgument", reviews.startNotice(user, id, version, startsOn).toString());
		});
	}

	@PostMapping({ "/unit/applications/{id}/forward", "/county/applications/{id}/forward" })
	String forward(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return act(user, id, redirect, "review.done.forward", () -> reviews.forward(user, id, version));
	}

	@PostMapping({ "/unit/applications/{id}/return", "/county/applications/{id}/return",
			"/city/applications/{id}/return" })
	String returnFile(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute ReturnForm form, RedirectAttributes redirect) {
		Integer days = user.role() == Role.CITY_REVIEWER ? (form.getAmendmentWorkingDays() == null
				? policy.amendmentWorkingDays() : form.getAmendmentWorkingDays()) : null;
		return act(user, id, redirect, "review.done.return",
				() -> reviews.returnToApplicant(user, id, form.getVersion(), form.reasons(), days));
	}

	@PostMapping({ "/county/applications/{id}/not-accept", "/city/applications/{id}/not-accept" })
	String notAccept(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(user, id, redirect, "review.done.not-accept",
				() -> reviews.decide(user, id, version, WorkflowAction.NOT_ACCEPT, reason));
	}

	/**
	 * The decisions that need nothing but the version seen: the unit's 确认报送 of a reissue or commission; the city's
	 * 受理, 提交评委会, 认定/补发通过 and 委托省外评审. The path names the decision; the workflow table decides whether it
	 * is allowed for this file.
	 */
	@PostMapping({ "/unit/applications/{id}/{decision:confirm}",
			"/city/applications/{id}/{decision:accept|committee-review|approve|commission}" })
	String decide(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable String decision,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		Decision chosen = Decision.valueOf(decision.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		return act(user, id, redirect, chosen.doneKey, () -> reviews.decide(user, id, version, chosen.action, null));
	}

	private enum Decision {

		CONFIRM(WorkflowAction.CONFIRM_TO_CITY, "review.done.forward"),
		ACCEPT(WorkflowAction.ACCEPT, "review.done.accept"),
		COMMITTEE_REVIEW(WorkflowAction.START_COMMITTEE_REVIEW, "review.done.committee-review"),
		APPROVE(WorkflowAction.APPROVE, "review.done.approve"),
		COMMISSION(WorkflowAction.COMMISSION, "review.done.commission");

		final WorkflowAction action;

		final String doneKey;

		Decision(WorkflowAction action, String doneKey) {
			this.action = action;
			this.doneKey = doneKey;
		}

	}

	/** The other province's result of a commissioned review, recorded with what it said. */
	@PostMapping("/city/applications/{id}/commission-result")
	String commissionResult(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long version, @RequestParam(defaultValue = "false") boolean passed,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(user, id, redirect, "review.done.commission-result", () -> reviews.decide(user, id, version,
				passed ? WorkflowAction.RECORD_PASS : WorkflowAction.RECORD_FAIL, reason));
	}

	@PostMapping("/city/applications/{id}/claim")
	String claim(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, "review.done.claim", () -> reviews.claim(user, id));
	}

	@PostMapping({ "/unit/applications/{id}/paper-received", "/county/applications/{id}/paper-received",
			"/city/applications/{id}/paper-received" })
	String paperReceived(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, redirect, "review.done.paper", () -> reviews.paperReceived(user, id));
	}

	private static String act(PortalUser user, long id, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("doneKey", doneKey);
		}
		catch (WorkflowRefusedException refused) {
			redirect.addFlashAttribute("refusedKey", refused.messageKey());
			redirect.addFlashAttribute("refusedArgument", refused.argument());
		}
		catch (StaleApplicationException | ObjectOptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("refusedKey", "review.refused.stale");
		}
		return "redirect:" + user.role().homePath() + "/applications/" + id;
	}

}
