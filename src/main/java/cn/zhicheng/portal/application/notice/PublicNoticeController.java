package cn.zhicheng.portal.application.notice;

import java.time.LocalDate;

import cn.zhicheng.portal.application.ApplicationNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
 * The public 评前公示 pages and the objection form; no login. A refused objection comes back on the page with its
 * reason and everything typed, and with a fresh stamp, so the person can send it again.
 */
@Controller
@RequestMapping("/notices")
class PublicNoticeController {

	static final String LIST_VIEW = "application/notice/list";

	static final String DETAIL_VIEW = "application/notice/detail";

	private final PublicNoticeService notices;

	private final ObjectionService objections;

	PublicNoticeController(PublicNoticeService notices, ObjectionService objections) {
		this.notices = notices;
		this.objections = objections;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate afterEnds,
			@RequestParam(required = false) @Nullable Long afterId, Model model) {
		model.addAttribute("search", q == null ? "" : q.strip());
		model.addAttribute("result", notices.list(q, afterEnds, afterId));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		return show(id, new ObjectionForm(), model);
	}

	@PostMapping("/{id}/objections")
	String lodge(@PathVariable long id, @Valid @ModelAttribute("objectionForm") ObjectionForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		form.check(errors);
		if (errors.hasErrors()) {
			return show(id, form, model);
		}
		try {
			objections.lodge(id, form.toCommand(request.getRemoteAddr()));
		}
		catch (ObjectionRefusedException refused) {
			errors.reject(refused.messageKey(), refused.arguments(), null);
			if (refused.messageKey().endsWith("-limit")) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			return show(id, form, model);
		}
		redirect.addFlashAttribute("objectionReceived", true);
		return "redirect:/notices/" + id;
	}

	private String show(long id, ObjectionForm form, Model model) {
		NoticeDetail notice = notices.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
		// The honeypot never goes back to the page, and every showing of the form is stamped anew.
		form.setWebsite(null);
		form.setStamp(objections.stampFor(id));
		model.addAttribute("notice", notice);
		model.addAttribute("objectionForm", form);
		return DETAIL_VIEW;
	}

}
