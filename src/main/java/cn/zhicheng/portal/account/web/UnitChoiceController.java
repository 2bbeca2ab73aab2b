package cn.zhicheng.portal.account.web;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.FileRoute;
import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.domain.PersonService;
import cn.zhicheng.portal.account.domain.UnitMembershipService;
import cn.zhicheng.portal.account.domain.UnitMembershipService.Choice;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 人事管理单位: the applicant searches approved units by name or credit code, sees where a file would travel from each,
 * and chooses one (a change becomes a request to the new unit).
 */
@Controller
@RequestMapping("/applicant/unit")
class UnitChoiceController {

	static final String VIEW = "account/unit-choice";

	static final int RESULTS = 20;

	/** The column's width (V7__unit_onboarding.sql). */
	static final int MAX_REASON = 500;

	private final UnitMembershipService membership;

	private final PersonService people;

	private final UnitDirectory units;

	UnitChoiceController(UnitMembershipService membership, PersonService people, UnitDirectory units) {
		this.membership = membership;
		this.people = people;
		this.units = units;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String q, Model model) {
		PersonView person = people.find(user.id()).orElseThrow();
		Optional<UnitView> current = Optional.ofNullable(person.unitId()).flatMap(units::find);
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("currentRoute", current.map(membership::route).orElse(null));
		model.addAttribute("q", q.strip());
		List<Candidate> candidates = units.searchApproved(q, RESULTS)
			.stream()
			.map(unit -> new Candidate(unit,
					Optional.ofNullable(unit.supervisingUnitId()).flatMap(units::find).map(UnitView::name).orElse(null),
					membership.route(unit)))
			.toList();
		model.addAttribute("candidates", candidates);
		model.addAttribute("searched", !q.isBlank());
		model.addAttribute("history", membership.historyOf(user.id()));
		return VIEW;
	}

	@PostMapping("/choose")
	String choose(@AuthenticationPrincipal PortalUser user, @RequestParam long unitId,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		if (reason != null && reason.strip().length() > MAX_REASON) {
			redirect.addFlashAttribute("choice", new Choice(false, false, "unit-choice.reason.too-long",
					String.valueOf(MAX_REASON)));
			return "redirect:/applicant/unit";
		}
		Choice choice = membership.choose(user, unitId, reason);
		redirect.addFlashAttribute("choice", choice);
		return "redirect:/applicant/unit";
	}

	@PostMapping("/requests/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("cancelled", membership.cancel(user, id));
		return "redirect:/applicant/unit";
	}

	/** A search result: the unit, its supervising unit's name (filled in, never typed) and its route. */
	record Candidate(UnitView unit, @Nullable String supervisingUnitName, FileRoute route) {
	}

}
