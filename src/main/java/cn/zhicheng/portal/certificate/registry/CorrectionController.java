package cn.zhicheng.portal.certificate.registry;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public 证书信息更正申请 form; no login ({@code /certificates/corrections/**} is public in the security chain). A
 * refused request comes back with its reason, everything typed kept and a fresh stamp; limits answer 429.
 */
@Controller
@RequestMapping("/certificates/corrections")
class CorrectionController {

	static final String FORM_VIEW = "certificate/registry/correction-form";

	private final CorrectionService corrections;

	private final Clock clock;

	CorrectionController(CorrectionService corrections, Clock clock) {
		this.corrections = corrections;
		this.clock = clock;
	}

	@GetMapping("/new")
	String form(Model model) {
		return show(new CorrectionForm(), model);
	}

	@PostMapping("/new")
	String submit(@Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		form.check(errors, today);
		if (form.getCityId() != null && !corrections.isCity(form.getCityId())) {
			errors.rejectValue("cityId", "registry.correction.city.required");
		}
		if (errors.hasErrors()) {
			return show(form, model);
		}
		try {
			corrections.submit(form.toCommand(request.getRemoteAddr(), today));
		}
		catch (CorrectionRefusedException refused) {
			errors.reject(refused.messageKey(), refused.arguments(), null);
			if (refused.limit()) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			return show(form, model);
		}
		redirect.addFlashAttribute("correctionReceived", true);
		return "redirect:/certificates/corrections/new";
	}

	private String show(CorrectionForm form, Model model) {
		// The honeypot never goes back to the page, and every showing of the form is stamped anew.
		form.setWebsite(null);
		form.setStamp(corrections.stamp());
		model.addAttribute("correctionForm", form);
		model.addAttribute("cities", corrections.cities());
		return FORM_VIEW;
	}

}
