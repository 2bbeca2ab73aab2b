package cn.zhicheng.portal.account.web;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.domain.UnitMembershipService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The new unit's side of 人事管理单位变更: requests addressed to the officer's unit, approved or declined with a reason. */
@Controller
@RequestMapping("/unit/change-requests")
class ChangeRequestsController {

	static final String VIEW = "account/change-requests";

	static final int MAX_REASON = 500;

	private final UnitMembershipService membership;

	ChangeRequestsController(UnitMembershipService membership) {
		this.membership = membership;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, Model model) {
		model.addAttribute("requests", officer.unitId() == null ? java.util.List.of()
				: membership.pendingFor(officer.unitId()));
		return VIEW;
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, RedirectAttributes redirect) {
		decide(officer, id, true, null);
		redirect.addFlashAttribute("decided", "unit-choice.decided.approved");
		return "redirect:/unit/change-requests";
	}

	@PostMapping("/{id}/decline")
	String decline(@AuthenticationPrincipal PortalUser officer, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > MAX_REASON) {
			redirect.addFlashAttribute("reasonMissingFor", id);
			return "redirect:/unit/change-requests";
		}
		decide(officer, id, false, reason);
		redirect.addFlashAttribute("decided", "unit-choice.decided.declined");
		return "redirect:/unit/change-requests";
	}

	/** A request of another unit, or one already decided, answers as if it did not exist. */
	private void decide(PortalUser officer, long id, boolean approve, @Nullable String reason) {
		if (!membership.decide(officer, id, approve, reason)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
