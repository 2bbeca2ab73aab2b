package cn.zhicheng.portal.account.web;

import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.PasswordRotation;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.domain.PasswordChangeService;
import cn.zhicheng.portal.account.domain.PasswordChangeService.Outcome;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码, for every role (issue #10). Where an expired password leads (PasswordExpiryInterceptor). A change ends the
 * user's other sessions, so a password that leaked stops working everywhere at once; this session carries on.
 */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

	static final String VIEW = "account/password-change";

	private final PasswordChangeService changes;

	private final PasswordPolicy policy;

	private final PasswordRotation rotation;

	private final UserSessions sessions;

	PasswordChangeController(PasswordChangeService changes, PasswordPolicy policy, PasswordRotation rotation,
			UserSessions sessions) {
		this.changes = changes;
		this.policy = policy;
		this.rotation = rotation;
		this.sessions = sessions;
	}

	@ModelAttribute("rotation")
	PasswordRotation rotation() {
		return rotation;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("change", new PasswordChangeForm());
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @ModelAttribute("change") PasswordChangeForm change,
			BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
		if (change.getCurrentPassword().isEmpty()) {
			errors.rejectValue("currentPassword", "password-change.current.required");
		}
		policy.check(change.getPassword(), change.getConfirmPassword(), errors);
		if (!errors.hasErrors()) {
			Outcome outcome = changes.change(user, change.getCurrentPassword(), change.getPassword());
			switch (outcome) {
				case WRONG_CURRENT -> errors.rejectValue("currentPassword", "password-change.current.wrong");
				case REUSED -> errors.rejectValue("password", "password.reused", new Object[] { rotation.history() },
						null);
				case WEAK -> errors.rejectValue("password", "password.weak",
						new Object[] { policy.minLength(), policy.minCharacterClasses() }, null);
				case CHANGED -> {
				}
			}
		}
		if (errors.hasErrors()) {
			// Passwords are never sent back into the page.
			change.setCurrentPassword("");
			change.setPassword("");
			change.setConfirmPassword("");
			return VIEW;
		}
		sessions.end(user.getUsername(), request.getSession().getId());
		keepThisSessionSignedIn(user.withPasswordChanged(), request);
		redirect.addFlashAttribute("passwordChanged", true);
		// Straight to the role's home: through /home the notice would be spent on the extra redirect.
		return "redirect:" + user.role().homePath();
	}

	private static void keepThisSessionSignedIn(PortalUser changed, HttpServletRequest request) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
	}

}
