package cn.zhicheng.portal.application.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.StaleApplicationException;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.application.attachment.AttachmentSection;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.attachment.AttachmentView;
import cn.zhicheng.portal.application.domain.Application;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every step page shows around its form: the application, the steps of its type with the current one marked,
 * whether it may still be edited, its attachments; and where a step goes after saving (the same page, the next step,
 * or the next after a skip).
 */
@Component
class StepPage {

	static final String SAVED = "saved";

	private final AttachmentService attachments;

	StepPage(AttachmentService attachments) {
		this.attachments = attachments;
	}

	void describe(Application app, FilingStep current, Model model) {
		List<FilingStep> steps = FilingStep.of(app.type());
		model.addAttribute("app", app);
		model.addAttribute("steps", steps);
		model.addAttribute("stepKeys", steps.stream().map(step -> "application.step." + step.name()).toList());
		model.addAttribute("current", current);
		model.addAttribute("currentIndex", steps.indexOf(current) + 1);
		model.addAttribute("completed", app.completedSteps());
		model.addAttribute("editable", app.status().editableByApplicant());
		Map<String, List<AttachmentView>> bySection = new HashMap<>(attachments.bySection(app.applicantId(), app.id()));
		for (AttachmentSection section : AttachmentSection.values()) {
			bySection.putIfAbsent(section.name(), List.of());
		}
		model.addAttribute("attachments", bySection);
		model.addAttribute("returnTo", current.path(app.id()));
	}

	/** After a save: the next step of the type when asked for ("保存并下一步"), else the same page with a notice. */
	String after(Application app, FilingStep current, boolean next, RedirectAttributes redirect) {
		List<FilingStep> steps = FilingStep.of(app.type());
		int index = steps.indexOf(current);
		if (next && index >= 0 && index + 1 < steps.size()) {
			return "redirect:" + steps.get(index + 1).path(app.id());
		}
		redirect.addFlashAttribute(SAVED, true);
		return "redirect:" + current.path(app.id());
	}

	/** A refusal from the service as an error on the form, so what was typed stays on the page. */
	static void reject(RuntimeException refusal, BindingResult errors) {
		if (refusal instanceof StaleApplicationException) {
			errors.reject(StaleApplicationException.MESSAGE_KEY);
		}
		else if (refusal instanceof WorkflowRefusedException refused) {
			errors.reject(refused.messageKey());
		}
		else {
			throw refusal;
		}
	}

	static void checkStep(Application app, FilingStep step) {
		if (!FilingStep.of(app.type()).contains(step)) {
			throw new cn.zhicheng.portal.application.ApplicationNotFoundException(app.id());
		}
	}

}
