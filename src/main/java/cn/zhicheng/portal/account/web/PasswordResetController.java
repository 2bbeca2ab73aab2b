package cn.zhicheng.portal.account.web;

import java.util.Locale;

import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.PasswordReusedException;
import cn.zhicheng.portal.account.PasswordRotation;
import cn.zhicheng.portal.account.domain.PasswordResetService;
import cn.zhicheng.portal.validation.Masking;
import cn.zhicheng.portal.validation.MobileNumbers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 找回密码: a code to the registered mobile, then a new password. */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	static final String VIEW = "account/password-reset";

	private final PasswordResetService resets;

	private final PasswordPolicy policy;

	private final PasswordRotation rotation;

	PasswordResetController(PasswordResetService resets, PasswordPolicy policy, PasswordRotation rotation) {
		this.resets = resets;
		this.policy = policy;
		this.rotation = rotation;
	}

	@GetMapping
	String start(Model model) {
		model.addAttribute("request", new ResetRequestForm());
		return VIEW;
	}

	@PostMapping("/code")
	String sendCode(@Valid @ModelAttribute("request") ResetRequestForm request, BindingResult errors, Model model,
			Locale locale, HttpServletRequest http) {
		if (errors.hasErrors()) {
			return VIEW;
		}
		String mobile = MobileNumbers.check(request.getMobile()).value();
		resets.requestCode(request.getUsername(), mobile, locale, http.getRemoteAddr());
		ResetForm reset = new ResetForm();
		reset.setUsername(request.getUsername());
		reset.setMobile(mobile);
		model.addAttribute("reset", reset);
		model.addAttribute("sentTo", Masking.mobile(mobile));
		return VIEW;
	}

	@PostMapping
	String reset(@Valid @ModelAttribute("reset") ResetForm reset, BindingResult errors, Model model) {
		policy.check(reset.getPassword(), reset.getConfirmPassword(), errors);
		try {
			if (!errors.hasErrors() && !resets.reset(reset.getUsername(), reset.getMobile(), reset.getCode(),
					reset.getPassword())) {
				errors.reject("password-reset.failed");
			}
		}
		catch (PasswordReusedException reused) {
			errors.rejectValue("password", "password.reused", new Object[] { rotation.history() }, null);
		}
		if (errors.hasErrors()) {
			model.addAttribute("request", reset);
			return VIEW;
		}
		return "redirect:/login?reset";
	}

}
