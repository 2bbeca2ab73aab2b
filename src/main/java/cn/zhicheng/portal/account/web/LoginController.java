package cn.zhicheng.portal.account.web;

import java.util.Locale;

import cn.zhicheng.portal.account.LoginFailureHandler;
import cn.zhicheng.portal.account.LoginFailureHandler.LoginError;
import jakarta.servlet.http.HttpSession;

import cn.zhicheng.portal.account.PortalUser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "account/login";

	private final MessageSource messages;

	LoginController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model, Locale locale, @AuthenticationPrincipal @Nullable PortalUser user) {
		if (user != null) {
			return "redirect:/home";
		}
		if (session.getAttribute(LoginFailureHandler.LOGIN_ERROR) instanceof LoginError error) {
			session.removeAttribute(LoginFailureHandler.LOGIN_ERROR);
			model.addAttribute("loginError", messages.getMessage(error.messageKey(), new Object[] { error.argument() },
					locale));
			model.addAttribute("username", error.username());
		}
		return VIEW;
	}

}
