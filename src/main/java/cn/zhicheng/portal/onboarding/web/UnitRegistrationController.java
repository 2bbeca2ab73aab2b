package cn.zhicheng.portal.onboarding.web;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.onboarding.domain.OnboardingConflictException;
import cn.zhicheng.portal.onboarding.domain.UnitOnboardingService;
import cn.zhicheng.portal.onboarding.web.RegistrationPlaces.Place;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitType;
import cn.zhicheng.portal.unit.UnitView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 法人单位账户注册 in two steps: where the unit is (city, or a county of it), then the unit and its first HR officer.
 * The unit is pending until its supervising unit or the county or city bureau approves it.
 */
@Controller
@RequestMapping("/units/register")
class UnitRegistrationController {

	static final String REGION_VIEW = "onboarding/register-region";

	static final String DETAILS_VIEW = "onboarding/register-details";

	static final String SUBMITTED_VIEW = "onboarding/register-submitted";

	/** Enough for any city's approved units; a bigger city would need a search instead of a list. */
	static final int SUPERVISOR_CHOICES = 500;

	private final RegistrationPlaces places;

	private final UnitDirectory units;

	private final UnitOnboardingService onboarding;

	private final PasswordPolicy passwordPolicy;

	UnitRegistrationController(RegistrationPlaces places, UnitDirectory units, UnitOnboardingService onboarding,
			PasswordPolicy passwordPolicy) {
		this.places = places;
		this.units = units;
		this.onboarding = onboarding;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping
	String region(@RequestParam(required = false) @Nullable Long region,
			@RequestParam(required = false) @Nullable String choose, Model model) {
		model.addAttribute("cities", places.cities());
		model.addAttribute("selected", region);
		model.addAttribute("chooseRegion", choose != null);
		return REGION_VIEW;
	}

	@GetMapping("/details")
	String details(@RequestParam(required = false) @Nullable Long region, Model model) {
		Optional<Place> place = places.of(region);
		if (place.isEmpty()) {
			return "redirect:/units/register?choose";
		}
		RegisterUnitForm form = new RegisterUnitForm();
		form.setRegion(region);
		model.addAttribute("form", form);
		return details(place.get(), model);
	}

	@PostMapping("/details")
	String register(@Valid @ModelAttribute("form") RegisterUnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<Place> chosen = places.of(form.getRegion());
		if (chosen.isEmpty()) {
			return "redirect:/units/register?choose";
		}
		Place place = chosen.get();
		form.checkPassword(passwordPolicy, errors);
		checkSupervisor(form, place, errors);
		if (!errors.hasFieldErrors("creditCode") && units.creditCodeTaken(form.normalisedCreditCode())) {
			errors.rejectValue("creditCode", "onboarding.credit-code.taken");
		}
		if (errors.hasErrors()) {
			return details(place, model);
		}
		try {
			onboarding.register(form.toCommand(place.region().id()));
		}
		catch (OnboardingConflictException taken) {
			errors.rejectValue(taken.conflict().field(), taken.conflict().messageKey());
			return details(place, model);
		}
		redirect.addFlashAttribute("unitName", form.getName());
		redirect.addFlashAttribute("username", form.getUsername());
		redirect.addFlashAttribute("supervisingUnit",
				Optional.ofNullable(form.getSupervisingUnitId()).flatMap(units::find).map(UnitView::name).orElse(null));
		// Flash attributes travel in the stored session (issue #11): names, not views.
		redirect.addFlashAttribute("regionName", place.region().name());
		return "redirect:/units/register/submitted";
	}

	@GetMapping("/submitted")
	String submitted(Model model) {
		// Only reached by the redirect after registering, which brings the unit's name along.
		return model.containsAttribute("unitName") ? SUBMITTED_VIEW : "redirect:/units/register";
	}

	/**
	 * A supervising unit is one of those offered: approved and in the same city. Only a 机关 (a government organ at
	 * the top of its line) may have none.
	 */
	private void checkSupervisor(RegisterUnitForm form, Place place, BindingResult errors) {
		Long supervisor = form.getSupervisingUnitId();
		if (supervisor == null) {
			if (form.getType() != null && form.getType() != UnitType.GOVERNMENT_ORGAN) {
				errors.rejectValue("supervisingUnitId", "onboarding.supervising-unit.required");
			}
			return;
		}
		boolean offered = units.find(supervisor)
			.filter(unit -> unit.status() == UnitStatus.APPROVED)
			.filter(unit -> place.cityRegionIds().contains(unit.regionId()))
			.isPresent();
		if (!offered) {
			errors.rejectValue("supervisingUnitId", "onboarding.supervising-unit.invalid");
		}
	}

	private String details(Place place, Model model) {
		model.addAttribute("place", place);
		model.addAttribute("types", List.of(UnitType.values()));
		model.addAttribute("supervisors", units.approvedTree(place.cityRegionIds(), SUPERVISOR_CHOICES));
		model.addAttribute("passwordPolicy", passwordPolicy);
		return DETAILS_VIEW;
	}

}
