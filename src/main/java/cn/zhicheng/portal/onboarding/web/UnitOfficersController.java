package cn.zhicheng.portal.onboarding.web;

import java.util.Optional;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.onboarding.domain.OnboardingConflictException;
import cn.zhicheng.portal.onboarding.domain.UnitOnboardingService;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitNotApprovedException;
import cn.zhicheng.portal.unit.UnitView;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 单位人事专员: the officers of the signed-in officer's unit (mobiles masked), and adding one once approved. */
@Controller
@RequestMapping("/unit/officers")
class UnitOfficersController {

	static final String VIEW = "unit/officers";

	private final UnitDirectory units;

	private final Accounts accounts;

	private final UnitOnboardingService onboarding;

	private final PasswordPolicy passwordPolicy;

	UnitOfficersController(UnitDirectory units, Accounts accounts, UnitOnboardingService onboarding,
			PasswordPolicy passwordPolicy) {
		this.units = units;
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", new OfficerForm());
		return view(ownUnit(user), model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") OfficerForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UnitView unit = ownUnit(user);
		form.checkPassword(passwordPolicy, errors);
		if (errors.hasErrors()) {
			return view(unit, model);
		}
		try {
			onboarding.addOfficer(user, form.toOfficer());
		}
		catch (UnitNotApprovedException notYet) {
			// The page says why already; the form is not offered until the unit is approved.
			model.addAttribute("refused", true);
			return view(unit, model);
		}
		catch (OnboardingConflictException taken) {
			errors.rejectValue(taken.conflict().field(), taken.conflict().messageKey());
			return view(unit, model);
		}
		redirect.addFlashAttribute("added", form.getRealName());
		return "redirect:/unit/officers";
	}

	private UnitView ownUnit(PortalUser user) {
		return Optional.ofNullable(user.unitId())
			.flatMap(units::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String view(UnitView unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("officers", accounts.ofUnit(unit.id(), Role.UNIT_HR));
		model.addAttribute("passwordPolicy", passwordPolicy);
		return VIEW;
	}

}
