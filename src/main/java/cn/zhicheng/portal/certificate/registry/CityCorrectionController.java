package cn.zhicheng.portal.certificate.registry;

import cn.zhicheng.portal.account.PortalUser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The city bureau's queue of correction requests ({@code /city/**} is the city reviewers' in the security chain;
 * the service scopes every read to the reviewer's city).
 */
@Controller
@RequestMapping("/city/certificate-corrections")
class CityCorrectionController {

	static final String QUEUE_VIEW = "certificate/registry/corrections";

	static final String DETAIL_VIEW = "certificate/registry/correction";

	private final CorrectionService corrections;

	private final MessageSource messages;

	CityCorrectionController(CorrectionService corrections, MessageSource messages) {
		this.corrections = corrections;
		this.messages = messages;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal PortalUser reviewer,
			@RequestParam(defaultValue = "OPEN") CorrectionStatus status,
			@RequestParam(required = false) @Nullable Long after, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", CorrectionStatus.values());
		model.addAttribute("after", after);
		model.addAttribute("page", corrections.queue(reviewer, status, after));
		return QUEUE_VIEW;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long id, Model model) {
		model.addAttribute("correction", corrections.find(reviewer, id));
		if (!model.containsAttribute("resolution")) {
			model.addAttribute("resolution", "");
		}
		return DETAIL_VIEW;
	}

	@PostMapping("/{id}/resolve")
	String resolve(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String resolution, RedirectAttributes redirect) {
		try {
			corrections.resolve(reviewer, id, resolution);
			redirect.addFlashAttribute("resolved", true);
		}
		catch (CorrectionRefusedException refused) {
			redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
					LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("resolution", resolution);
		}
		return "redirect:/city/certificate-corrections/" + id;
	}

}
