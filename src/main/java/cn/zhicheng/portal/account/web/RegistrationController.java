package cn.zhicheng.portal.account.web;

import java.util.Locale;
import java.util.Set;

import cn.zhicheng.portal.account.CodePurpose;
import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.domain.RegistrationService;
import cn.zhicheng.portal.account.domain.RegistrationService.AlreadyRegisteredException;
import cn.zhicheng.portal.account.domain.RegistrationService.Taken;
import cn.zhicheng.portal.account.domain.VerificationCodes;
import cn.zhicheng.portal.account.domain.VerificationCodes.Issued;
import cn.zhicheng.portal.validation.IdNumberCheck;
import cn.zhicheng.portal.validation.IdNumbers;
import cn.zhicheng.portal.validation.MobileNumbers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 个人用户注册 in the reference guide's three steps: 账户信息, 详细信息, 账号安全信息. Each step is saved in the session
 * before the next opens, errors show beside their fields with what was typed kept, and the account is opened only
 * when the code sent to the mobile comes back.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	static final String ACCOUNT_VIEW = "account/register-account";

	static final String DETAILS_VIEW = "account/register-details";

	static final String SECURITY_VIEW = "account/register-security";

	private final RegistrationService registration;

	private final VerificationCodes codes;

	private final PasswordPolicy passwordPolicy;

	private final IdNumbers idNumbers;

	RegistrationController(RegistrationService registration, VerificationCodes codes, PasswordPolicy passwordPolicy,
			IdNumbers idNumbers) {
		this.registration = registration;
		this.codes = codes;
		this.passwordPolicy = passwordPolicy;
		this.idNumbers = idNumbers;
	}

	@ModelAttribute("passwordPolicy")
	PasswordPolicy passwordPolicy() {
		return passwordPolicy;
	}

	@ModelAttribute("educations")
	Education[] educations() {
		return Education.values();
	}

	@GetMapping
	String account(HttpSession session, Model model) {
		model.addAttribute("form", draft(session).accountForm());
		model.addAttribute("passwordKept", draft(session).passwordHash != null);
		return ACCOUNT_VIEW;
	}

	@PostMapping("/account")
	String saveAccount(@Valid @ModelAttribute("form") AccountStepForm form, BindingResult errors, HttpSession session,
			Model model) {
		RegistrationDraft draft = draft(session);
		boolean keepPassword = form.getPassword().isEmpty() && draft.passwordHash != null;
		if (!keepPassword) {
			form.checkPassword(passwordPolicy, errors);
		}
		String mobile = MobileNumbers.check(form.getMobile()).value();
		if (!errors.hasErrors()) {
			Set<Taken> taken = registration.taken(form.getUsername(), mobile, "");
			if (taken.contains(Taken.USERNAME)) {
				errors.rejectValue("username", "register.username.taken");
			}
			if (taken.contains(Taken.MOBILE)) {
				errors.rejectValue("mobile", "register.mobile.taken");
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("passwordKept", draft.passwordHash != null);
			return ACCOUNT_VIEW;
		}
		draft.username = form.getUsername();
		draft.mobile = mobile;
		if (!keepPassword) {
			draft.passwordHash = registration.hashPassword(form.getPassword());
		}
		keep(session, draft);
		return "redirect:/register/details";
	}

	@GetMapping("/details")
	String details(HttpSession session, Model model) {
		RegistrationDraft draft = draft(session);
		if (!draft.accountDone()) {
			return "redirect:/register";
		}
		model.addAttribute("form", draft.detailsForm());
		return DETAILS_VIEW;
	}

	@PostMapping("/details")
	String saveDetails(@Valid @ModelAttribute("form") DetailsStepForm form, BindingResult errors,
			HttpSession session) {
		RegistrationDraft draft = draft(session);
		if (!draft.accountDone()) {
			return "redirect:/register";
		}
		IdNumberCheck id = idNumbers.check(form.getIdNumber());
		if (!errors.hasFieldErrors("idNumber") && registration.taken("", "", id.value()).contains(Taken.ID_NUMBER)) {
			errors.rejectValue("idNumber", "register.id-number.taken");
		}
		if (errors.hasErrors()) {
			return DETAILS_VIEW;
		}
		draft.realName = form.getRealName();
		draft.idNumber = id.value();
		draft.gender = id.gender().orElseThrow();
		draft.birthDate = id.birthDate().orElseThrow();
		draft.education = form.getEducation();
		keep(session, draft);
		return "redirect:/register/security";
	}

	@GetMapping("/security")
	String security(HttpSession session, Model model) {
		RegistrationDraft draft = draft(session);
		if (!draft.detailsDone()) {
			return draft.accountDone() ? "redirect:/register/details" : "redirect:/register";
		}
		model.addAttribute("form", new SecurityStepForm());
		model.addAttribute("draft", draft.summary());
		return SECURITY_VIEW;
	}

	@PostMapping("/code")
	String sendCode(HttpSession session, Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		RegistrationDraft draft = draft(session);
		if (!draft.detailsDone()) {
			return "redirect:/register";
		}
		Issued issued = codes.issue(draft.mobile, CodePurpose.REGISTRATION, locale, request.getRemoteAddr());
		redirect.addFlashAttribute("codeSent", issued.sent());
		redirect.addFlashAttribute("codeLimited", issued.limited());
		redirect.addFlashAttribute("waitSeconds", issued.waitSeconds());
		redirect.addFlashAttribute("waitMinutes", issued.waitMinutes());
		return "redirect:/register/security";
	}

	@PostMapping("/complete")
	String complete(@Valid @ModelAttribute("form") SecurityStepForm form, BindingResult errors, HttpSession session,
			Model model, RedirectAttributes redirect) {
		RegistrationDraft draft = draft(session);
		if (!draft.detailsDone()) {
			return "redirect:/register";
		}
		if (!errors.hasErrors() && !codes.verify(draft.mobile, CodePurpose.REGISTRATION, form.getCode())) {
			errors.rejectValue("code", "register.code.wrong");
		}
		if (errors.hasErrors()) {
			model.addAttribute("draft", draft.summary());
			return SECURITY_VIEW;
		}
		try {
			registration.register(draft.username, draft.passwordHash, draft.person());
		}
		catch (AlreadyRegisteredException taken) {
			// Someone registered the same username, mobile or ID between the steps: back to where it is fixed.
			redirect.addFlashAttribute("alreadyRegistered", taken.taken());
			return taken.taken().contains(Taken.ID_NUMBER) ? "redirect:/register/details" : "redirect:/register";
		}
		session.removeAttribute(RegistrationDraft.SESSION_KEY);
		return "redirect:/login?registered";
	}

	/** Set again after each change, so a session store that serialises attributes sees it. */
	private static void keep(HttpSession session, RegistrationDraft draft) {
		session.setAttribute(RegistrationDraft.SESSION_KEY, draft);
	}

	private static RegistrationDraft draft(HttpSession session) {
		if (!(session.getAttribute(RegistrationDraft.SESSION_KEY) instanceof RegistrationDraft draft)) {
			RegistrationDraft fresh = new RegistrationDraft();
			session.setAttribute(RegistrationDraft.SESSION_KEY, fresh);
			return fresh;
		}
		return draft;
	}

}
