package cn.zhicheng.portal.onboarding.web;

import java.io.IOException;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.onboarding.domain.UnitApprovalDesk;
import cn.zhicheng.portal.unit.UnitNotFoundException;
import cn.zhicheng.portal.unit.UnitProfile;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 单位审核 for county and city reviewers, a supervising unit's officers and the administrator. The security chain
 * lets only those roles in; which units each may see and decide is the desk's to say.
 */
@Controller
@RequestMapping("/units/approvals")
class UnitApprovalController {

	static final String VIEW = "onboarding/approvals";

	static final int PAGE_SIZE = 20;

	/** The length of employer_unit.decision_reason. */
	static final int MAX_REASON = 500;

	private final UnitApprovalDesk desk;

	UnitApprovalController(UnitApprovalDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable Long before,
			Model model) {
		model.addAttribute("queue", desk.queue(user, before, PAGE_SIZE));
		model.addAttribute("role", user.role());
		model.addAttribute("before", before);
		return VIEW;
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			UnitProfile unit = desk.approve(user, id);
			redirect.addFlashAttribute("approved", unit.name());
		}
		catch (OptimisticLockingFailureException raced) {
			redirect.addFlashAttribute("alreadyDecided", true);
		}
		return "redirect:/units/approvals";
	}

	@PostMapping("/{id}/reject")
	String reject(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable Long before,
			Model model, RedirectAttributes redirect) {
		String stripped = reason.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
			// Reach first: a unit out of reach answers 404 whatever reason came with it, as a missing one does.
			desk.pending(user, id);
			// The list again, with the error beside this unit's reason and what was typed kept.
			model.addAttribute("rejectUnitId", id);
			model.addAttribute("rejectReason", reason);
			model.addAttribute("rejectError",
					stripped.isEmpty() ? "onboarding.approvals.reason.required" : "onboarding.approvals.reason.size");
			return list(user, before, model);
		}
		try {
			UnitProfile unit = desk.reject(user, id, stripped);
			redirect.addFlashAttribute("rejected", unit.name());
		}
		catch (OptimisticLockingFailureException raced) {
			redirect.addFlashAttribute("alreadyDecided", true);
		}
		return "redirect:/units/approvals";
	}

	/** Out of reach reads the same as not there, so nobody learns of units beyond their jurisdiction. */
	@ExceptionHandler(UnitNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
