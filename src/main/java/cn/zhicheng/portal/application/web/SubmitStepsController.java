package cn.zhicheng.portal.application.web;

import cn.zhicheng.portal.account.Persons;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.ReissueReason;
import cn.zhicheng.portal.application.Readiness;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.reviewform.MaterialChecklist;
import cn.zhicheng.portal.application.reviewform.RenderedForm;
import cn.zhicheng.portal.application.reviewform.ReviewFormPdf;
import cn.zhicheng.portal.pdf.PdfFonts;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The last steps: the reissue form, 生成评审表 (提示10–12: what is missing, boxed in red, each with a link to the step
 * that completes it; download the form and the checklist first) and 提交, which the check blocks while anything
 * stands in the way.
 */
@Controller
@RequestMapping("/applicant/applications/{id}/steps")
class SubmitStepsController {

	static final String REISSUE = "application/step-reissue";

	static final String REVIEW_FORM = "application/step-review-form";

	static final String SUBMIT = "application/step-submit";

	private final ApplicationService applications;

	private final StepPage page;

	private final ReviewFormPdf reviewForm;

	private final MaterialChecklist checklist;

	private final Persons persons;

	SubmitStepsController(ApplicationService applications, StepPage page, ReviewFormPdf reviewForm,
			MaterialChecklist checklist, Persons persons) {
		this.applications = applications;
		this.page = page;
		this.reviewForm = reviewForm;
		this.checklist = checklist;
		this.persons = persons;
	}

	@GetMapping("/reissue")
	String reissue(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Application app = applications.load(user.id(), id);
		ReissueForm form = new ReissueForm();
		form.setVersion(app.version());
		form.setCertificateNo(app.reissueCertificateNo());
		form.setReason(app.reissueReason());
		form.setDetails(app.reissueDetails());
		return reissuePage(app, form, model);
	}

	@PostMapping("/reissue")
	String saveReissue(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") ReissueForm form, BindingResult errors,
			@RequestParam(required = false) String next, RedirectAttributes redirect, Model model) {
		Application app = applications.load(user.id(), id);
		StepPage.checkStep(app, FilingStep.REISSUE);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				applications.saveReissue(user.id(), id, form.getVersion(), PersonalForm.trim(form.getCertificateNo()),
						form.getReason(), PersonalForm.trim(form.getDetails()));
				return page.after(app, FilingStep.REISSUE, next != null, redirect);
			}
			catch (RuntimeException refused) {
				StepPage.reject(refused, errors);
			}
		}
		return reissuePage(app, form, model);
	}

	@GetMapping("/review-form")
	String reviewForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Application app = applications.load(user.id(), id);
		StepPage.checkStep(app, FilingStep.REVIEW_FORM);
		page.describe(app, FilingStep.REVIEW_FORM, model);
		model.addAttribute("readiness", applications.readiness(user.id(), id));
		ApplicationFile file = applications.fileOf(user.id(), id).orElseThrow();
		// Rendered here too (≈ 15 ms), so the page lists exactly the red boxes the downloaded form will show.
		RenderedForm rendered = reviewForm.render(file, persons.photo(user.id()).orElse(null),
				app.status().editableByApplicant(),
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		model.addAttribute("missing", rendered.missing());
		model.addAttribute("unprintable",
				rendered.unprintable().isEmpty() ? null : PdfFonts.describe(rendered.unprintable()));
		model.addAttribute("checklist", checklist.items(file));
		return REVIEW_FORM;
	}

	@GetMapping("/submit")
	String submitPage(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Application app = applications.load(user.id(), id);
		return submitView(app, applications.readiness(user.id(), id), model);
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String confirmed,
			RedirectAttributes redirect, Model model) {
		Application app = applications.load(user.id(), id);
		if (confirmed == null) {
			model.addAttribute("confirmError", true);
			return submitView(app, applications.readiness(user.id(), id), model);
		}
		try {
			Readiness readiness = applications.submit(user, id, version);
			if (!readiness.ready()) {
				return submitView(app, readiness, model);
			}
		}
		catch (RuntimeException refused) {
			model.addAttribute("refusedKey", PersonalStepsController.refusalKey(refused));
			return submitView(applications.load(user.id(), id), applications.readiness(user.id(), id), model);
		}
		redirect.addFlashAttribute("doneKey", "application.done.SUBMIT");
		return "redirect:/applicant/applications/" + id;
	}

	private String reissuePage(Application app, ReissueForm form, Model model) {
		StepPage.checkStep(app, FilingStep.REISSUE);
		page.describe(app, FilingStep.REISSUE, model);
		model.addAttribute("form", form);
		model.addAttribute("reasons", ReissueReason.values());
		return REISSUE;
	}

	private String submitView(Application app, Readiness readiness, Model model) {
		StepPage.checkStep(app, FilingStep.SUBMIT);
		page.describe(app, FilingStep.SUBMIT, model);
		model.addAttribute("readiness", readiness);
		return SUBMIT;
	}

}
