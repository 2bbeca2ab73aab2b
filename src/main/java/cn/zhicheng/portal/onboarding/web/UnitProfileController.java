package cn.zhicheng.portal.onboarding.web;

import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.onboarding.domain.RegionNames;
import cn.zhicheng.portal.unit.StaleUnitException;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitNotApprovedException;
import cn.zhicheng.portal.unit.UnitProfile;
import cn.zhicheng.portal.unit.UnitRegistry;
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

/**
 * 单位信息: the officer's own unit (from their account, never the request). They keep the address and contact; the
 * name, credit code, type, region and supervising unit change only through the bureau. Editing waits for approval.
 */
@Controller
@RequestMapping("/unit/profile")
class UnitProfileController {

	static final String VIEW = "unit/profile";

	private final UnitDirectory units;

	private final UnitRegistry registry;

	private final RegionNames regionNames;

	UnitProfileController(UnitDirectory units, UnitRegistry registry, RegionNames regionNames) {
		this.units = units;
		this.registry = registry;
		this.regionNames = regionNames;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		UnitProfile unit = ownUnit(user);
		model.addAttribute("form", UnitProfileForm.of(unit));
		return view(unit, model);
	}

	@PostMapping
	String edit(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") UnitProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UnitProfile unit = ownUnit(user);
		if (errors.hasErrors()) {
			return view(unit, model);
		}
		try {
			registry.editProfile(form.toCommand(unit.id()));
		}
		catch (UnitNotApprovedException notYet) {
			errors.reject("unit.profile.not-approved");
			return view(unit, model);
		}
		catch (StaleUnitException stale) {
			// Someone saved in between: show what is saved now, and let the officer make their change again on it.
			UnitProfile current = ownUnit(user);
			model.addAttribute("form", UnitProfileForm.of(current));
			model.addAttribute("stale", true);
			return view(current, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/unit/profile";
	}

	private UnitProfile ownUnit(PortalUser user) {
		return Optional.ofNullable(user.unitId())
			.flatMap(units::profile)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String view(UnitProfile unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("regionName", regionNames.of(unit.regionId()));
		model.addAttribute("supervisingUnit",
				Optional.ofNullable(unit.supervisingUnitId()).flatMap(units::find).map(UnitView::name).orElse(null));
		return VIEW;
	}

}
