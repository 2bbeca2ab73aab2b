package cn.zhicheng.portal.certificate.web;

import java.util.List;
import java.util.Objects;

import cn.zhicheng.portal.certificate.CertificateView;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.certificate.domain.LookupLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 证书查询 (issue #7 part 2), public: by name plus certificate number, or name plus ID number; certificates from 2016
 * on, only their public fields, the ID masked. Posted, not a GET, so an ID number never lands in an address, a log
 * or the browser history. Each search counts against the client's hourly limit.
 */
@Controller
class CertificateLookupController {

	static final String VIEW = "certificate/lookup";

	static final String PATH = "/certificates/lookup";

	private final Certificates certificates;

	private final LookupLimiter limiter;

	CertificateLookupController(Certificates certificates, LookupLimiter limiter) {
		this.certificates = certificates;
		this.limiter = limiter;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("numberForm", new NumberLookupForm());
		model.addAttribute("idForm", new IdLookupForm());
		return VIEW;
	}

	@PostMapping(value = PATH, params = "by=number")
	String byNumber(@Valid @ModelAttribute("numberForm") NumberLookupForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		model.addAttribute("idForm", new IdLookupForm());
		model.addAttribute("by", "number");
		if (errors.hasErrors() || !allowed(request, model)) {
			return VIEW;
		}
		return found(model, certificates
			.findByNumber(Objects.requireNonNull(form.getHolderName()), Objects.requireNonNull(form.getNumber()))
			.map(List::of)
			.orElse(List.of()));
	}

	@PostMapping(value = PATH, params = "by=id")
	String byIdNumber(@Valid @ModelAttribute("idForm") IdLookupForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		model.addAttribute("numberForm", new NumberLookupForm());
		model.addAttribute("by", "id");
		if (errors.hasErrors() || !allowed(request, model)) {
			return VIEW;
		}
		List<CertificateView> found = certificates.findByIdNumber(Objects.requireNonNull(form.getIdHolderName()),
				Objects.requireNonNull(form.getIdNumber()));
		// Once searched, the full number is not sent back: the results show it masked.
		form.setIdNumber(null);
		return found(model, found);
	}

	private boolean allowed(HttpServletRequest request, Model model) {
		boolean allowed = limiter.tryAcquire(request.getRemoteAddr());
		if (!allowed) {
			model.addAttribute("limited", true);
		}
		return allowed;
	}

	private static String found(Model model, List<CertificateView> found) {
		model.addAttribute("results", found);
		return VIEW;
	}

}
