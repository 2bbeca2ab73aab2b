package cn.zhicheng.portal.application.web;

import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first two steps: the HR unit (提示1: the applicant's own unit, its 主管单位 and the route filled in, never typed)
 * and 个人信息 (the account's data, shown masked, plus work start and the current title).
 */
@Controller
@RequestMapping("/applicant/applications/{id}/steps")
class PersonalStepsController {

	static final String UNIT = "application/step-unit";

	static final String PERSONAL = "application/step-personal";

	private final ApplicationService applications;

	private final Persons persons;

	private final StepPage page;

	PersonalStepsController(ApplicationService applications, Persons persons, StepPage page) {
		this.applications = applications;
		this.persons = persons;
		this.page = page;
	}

	@GetMapping("/unit")
	String unit(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		return unitPage(user, applications.load(user.id(), id), model);
	}

	@PostMapping("/unit")
	String confirmUnit(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String next,
			RedirectAttributes redirect, Model model) {
		Application app = applications.load(user.id(), id);
		try {
			applications.chooseUnit(user, id, version);
		}
		catch (RuntimeException refused) {
			model.addAttribute("refusedKey", refusalKey(refused));
			return unitPage(user, app, model);
		}
		return page.after(app, FilingStep.UNIT, next != null, redirect);
	}

	@GetMapping("/personal")
	String personal(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Application app = applications.load(user.id(), id);
		return personalPage(user, app, PersonalForm.of(app.version(), app.personalAnswers()), model);
	}

	@PostMapping("/personal")
	String savePersonal(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PersonalForm form, BindingResult errors,
			@RequestParam(required = false) String next, RedirectAttributes redirect, Model model) {
		Application app = applications.load(user.id(), id);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				applications.savePersonal(user.id(), id, form.getVersion(), form.toAnswers());
				return page.after(app, FilingStep.PERSONAL, next != null, redirect);
			}
			catch (RuntimeException refused) {
				StepPage.reject(refused, errors);
			}
		}
		return personalPage(user, app, form, model);
	}

	private String unitPage(PortalUser user, Application app, Model model) {
		page.describe(app, FilingStep.UNIT, model);
		var person = persons.find(user.id()).orElseThrow();
		model.addAttribute("person", person);
		model.addAttribute("route", person.unitId() == null ? null : persons.routeFrom(person.unitId()).orElse(null));
		return UNIT;
	}

	private String personalPage(PortalUser user, Application app, PersonalForm form, Model model) {
		StepPage.checkStep(app, FilingStep.PERSONAL);
		page.describe(app, FilingStep.PERSONAL, model);
		model.addAttribute("person", persons.find(user.id()).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("levels", TitleLevel.values());
		model.addAttribute("obtainedBy", ObtainedBy.values());
		return PERSONAL;
	}

	static String refusalKey(RuntimeException refused) {
		if (refused instanceof cn.zhicheng.portal.application.WorkflowRefusedException workflow) {
			return workflow.messageKey();
		}
		if (refused instanceof cn.zhicheng.portal.application.StaleApplicationException) {
			return cn.zhicheng.portal.application.StaleApplicationException.MESSAGE_KEY;
		}
		throw refused;
	}

}
