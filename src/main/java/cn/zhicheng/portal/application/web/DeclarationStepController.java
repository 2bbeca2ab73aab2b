package cn.zhicheng.portal.application.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.catalog.Catalog;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.FieldView;
import cn.zhicheng.portal.catalog.SpecialtyView;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.Route;
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
 * 申报信息 (提示8). The committee list holds only committees whose window for the 评审年度 is open today and which take
 * the chosen specialty and level; the eligibility result is recomputed as the applicant chooses (the live panel is
 * the same fragment, fetched by script or re-rendered by the 查询 button without script).
 */
@Controller
@RequestMapping("/applicant/applications/{id}/steps/declaration")
class DeclarationStepController {

	static final String VIEW = "application/step-declaration";

	static final String LIVE = VIEW + " :: live";

	private final ApplicationService applications;

	private final Catalog catalog;

	private final CommitteeDirectory committees;

	private final StepPage page;

	private final Clock clock;

	DeclarationStepController(ApplicationService applications, Catalog catalog, CommitteeDirectory committees,
			StepPage page, Clock clock) {
		this.applications = applications;
		this.catalog = catalog;
		this.committees = committees;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Application app = applications.load(user.id(), id);
		DeclarationForm form = DeclarationForm.of(app.version(), app.declarationAnswers());
		if (form.getSeriesId() == null && catalog.series().size() == 1) {
			form.setSeriesId(catalog.series().getFirst().id());
		}
		return page(user, app, form, model);
	}

	/** The live part only: open committees and the eligibility result for what is chosen now. */
	@GetMapping("/live")
	String live(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") DeclarationForm form, Model model) {
		Application app = applications.load(user.id(), id);
		StepPage.checkStep(app, FilingStep.DECLARATION);
		liveModel(user, app, form, model);
		return LIVE;
	}

	@PostMapping
	String save(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") DeclarationForm form, BindingResult errors,
			@RequestParam(required = false) String next, @RequestParam(required = false) String lookup,
			RedirectAttributes redirect, Model model) {
		Application app = applications.load(user.id(), id);
		StepPage.checkStep(app, FilingStep.DECLARATION);
		if (lookup != null) {
			// 查询可选评委会 without script: show the choices for what was typed, save nothing, report nothing yet.
			return page(user, app, form, model);
		}
		form.check(app.type(), errors);
		if (form.getCommitteeId() != null && app.type() == ApplicationType.EVALUATION
				&& open(app, form).stream().noneMatch(c -> c.id() == form.getCommitteeId())) {
			errors.rejectValue("committeeId", "application.declaration.committee.closed");
		}
		if (!errors.hasErrors()) {
			try {
				applications.saveDeclaration(user.id(), id, form.getVersion(), form.toAnswers(app.type()));
				return page.after(app, FilingStep.DECLARATION, next != null, redirect);
			}
			catch (RuntimeException refused) {
				StepPage.reject(refused, errors);
			}
		}
		return page(user, app, form, model);
	}

	private String page(PortalUser user, Application app, DeclarationForm form, Model model) {
		StepPage.checkStep(app, FilingStep.DECLARATION);
		page.describe(app, FilingStep.DECLARATION, model);
		model.addAttribute("form", form);
		model.addAttribute("series", catalog.series());
		model.addAttribute("specialtyGroups", specialtyGroups(form.getSeriesId()));
		model.addAttribute("levels", TitleLevel.values());
		model.addAttribute("routes", Route.values());
		liveModel(user, app, form, model);
		return VIEW;
	}

	private void liveModel(PortalUser user, Application app, DeclarationForm form, Model model) {
		model.addAttribute("app", app);
		model.addAttribute("committees", open(app, form));
		model.addAttribute("readiness", applications.readiness(user.id(), app.id(), form.toAnswers(app.type())));
	}

	private List<CommitteeView> open(Application app, DeclarationForm form) {
		if (app.type() != ApplicationType.EVALUATION || form.getSpecialtyId() == null
				|| form.getTargetLevel() == null) {
			return List.of();
		}
		return committees.openFor(form.getSpecialtyId(), form.getTargetLevel(), app.reviewYear(),
				LocalDate.now(clock));
	}

	/** The series' specialties grouped by field (领域), as an optgroup per field. */
	private List<SpecialtyGroup> specialtyGroups(Long seriesId) {
		if (seriesId == null) {
			return List.of();
		}
		return catalog.fields(seriesId)
			.stream()
			.map(field -> new SpecialtyGroup(field, catalog.specialties(field.id())))
			.filter(group -> !group.specialties().isEmpty())
			.toList();
	}

	record SpecialtyGroup(FieldView field, List<SpecialtyView> specialties) {
	}

}
