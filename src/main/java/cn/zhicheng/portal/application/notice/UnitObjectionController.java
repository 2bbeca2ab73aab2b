package cn.zhicheng.portal.application.notice;

import java.util.Locale;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.WorkflowRefusedException;
import cn.zhicheng.portal.application.domain.ReviewService;

import org.springframework.context.MessageSource;
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
 * The unit's side of objections: the panel on its own page (the file page includes the same fragment) and the
 * resolution of one objection. A refusal goes back to the file page as a flash, with the typed resolution kept.
 */
@Controller
@RequestMapping("/unit/applications/{id}/objections")
class UnitObjectionController {

	static final String VIEW = "application/notice/unit-objections";

	private final ObjectionService objections;

	private final ReviewService reviews;

	private final MessageSource messages;

	UnitObjectionController(ObjectionService objections, ReviewService reviews, MessageSource messages) {
		this.objections = objections;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping
	String panel(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		model.addAttribute("app", reviews.load(officer, id));
		model.addAttribute("objections", objections.objectionsFor(officer, id));
		return VIEW;
	}

	@PostMapping("/{objectionId}/resolve")
	String resolve(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, @PathVariable long objectionId,
			@RequestParam(defaultValue = "") String resolution, RedirectAttributes redirect, Locale locale) {
		try {
			objections.resolve(officer, id, objectionId, resolution);
			redirect.addFlashAttribute("objectionResolved", objectionId);
		}
		catch (ObjectionRefusedException refused) {
			redirect.addFlashAttribute("objectionRefusal", new ObjectionRefusal(objectionId,
					messages.getMessage(refused.messageKey(), refused.arguments(), locale), resolution));
		}
		catch (WorkflowRefusedException refused) {
			String reason = messages.getMessage(refused.messageKey(), new Object[] { refused.argument() },
					messages.getMessage("notice.resolution.refused", null, locale), locale);
			redirect.addFlashAttribute("objectionRefusal", new ObjectionRefusal(objectionId, reason, resolution));
		}
		return "redirect:/unit/applications/" + id;
	}

}
