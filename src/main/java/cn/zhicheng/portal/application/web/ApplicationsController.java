package cn.zhicheng.portal.application.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ActiveApplicationExistsException;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.HistoryEntry;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ApplicantTracking;
import cn.zhicheng.portal.application.domain.ApplicantTracking.Tracked;
import cn.zhicheng.portal.catalog.ReviewYears;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 业务申请 and 业务办理跟踪: the applicant's list of applications, starting a new one, one application's timeline, and
 * the applicant's workflow actions (撤回, 放弃).
 */
@Controller
@RequestMapping("/applicant/applications")
class ApplicationsController {

	static final String LIST = "application/list";

	static final String NEW = "application/new";

	static final String DETAIL = "application/detail";

	private final ApplicationService applications;

	private final ApplicantTracking tracking;

	private final Clock clock;

	ApplicationsController(ApplicationService applications, ApplicantTracking tracking, Clock clock) {
		this.applications = applications;
		this.tracking = tracking;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("applications", applications.mine(user.id()));
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		NewApplicationForm form = new NewApplicationForm();
		form.setReviewYear(ReviewYears.current(LocalDate.now(clock)));
		return newPage(form, model);
	}

	@PostMapping
	String start(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") NewApplicationForm form,
			BindingResult errors, Model model) {
		if (form.getReviewYear() != null && !years().contains(form.getReviewYear())) {
			errors.rejectValue("reviewYear", "application.new.year.invalid");
		}
		if (errors.hasErrors()) {
			return newPage(form, model);
		}
		try {
			long id = applications.start(user, form.getType(), form.getReviewYear());
			return "redirect:" + FilingStep.of(form.getType()).getFirst().path(id);
		}
		catch (ActiveApplicationExistsException exists) {
			errors.reject("application.new.exists");
			model.addAttribute("existingId", exists.existingId());
			return newPage(form, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		Tracked tracked = tracking.tracked(user.id(), id);
		Application app = tracked.app();
		List<HistoryEntry> history = tracked.history();
		model.addAttribute("app", app);
		model.addAttribute("history", history);
		model.addAttribute("lastReturn", history.reversed()
			.stream()
			.filter(entry -> entry.action() == WorkflowAction.RETURN_TO_APPLICANT)
			.findFirst()
			.orElse(null));
		model.addAttribute("actions", Workflow.actionsFor(Party.APPLICANT, app.status(), app.type()));
		model.addAttribute("firstStep", FilingStep.of(app.type()).getFirst().path(id));
		model.addAttribute("returnReasons", tracked.latestReasons());
		return DETAIL;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, WorkflowAction.WITHDRAW, redirect);
	}

	@PostMapping("/{id}/abandon")
	String abandon(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(user, id, WorkflowAction.ABANDON, redirect);
	}

	private String act(PortalUser user, long id, WorkflowAction action, RedirectAttributes redirect) {
		try {
			applications.apply(id, action, user, null);
			redirect.addFlashAttribute("doneKey", "application.done." + action.name());
		}
		catch (WorkflowRefusedException refused) {
			redirect.addFlashAttribute("refusedKey", refused.messageKey());
		}
		return "redirect:/applicant/applications/" + id;
	}

	private String newPage(NewApplicationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", ApplicationType.values());
		model.addAttribute("years", years());
		return NEW;
	}

	/** The 评审年度 one may file for: the current one, the one before (late filings) and the next. */
	private List<Integer> years() {
		int current = ReviewYears.current(LocalDate.now(clock));
		return IntStream.rangeClosed(current - 1, current + 1).boxed().toList();
	}

}
