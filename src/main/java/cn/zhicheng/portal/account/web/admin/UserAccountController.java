package cn.zhicheng.portal.account.web.admin;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.web.UserSessions;
import cn.zhicheng.portal.account.domain.UserAdministration;
import cn.zhicheng.portal.account.domain.UserAdministration.NoSuchAccount;
import cn.zhicheng.portal.account.domain.UserAdministration.Problem;
import cn.zhicheng.portal.account.domain.UserAdministration.Refused;
import cn.zhicheng.portal.account.domain.UserAdministration.UserView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account: its details with personal numbers masked, and the administrator's actions on it. Each action
 * redirects back to the page (post/redirect/get) with its outcome as a flash message; a generated password travels
 * the same way, so it is shown once and a reload does not show it again.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccountController {

	static final String VIEW = "admin/users/detail";

	private final UserAdministration administration;

	private final Jurisdictions jurisdictions;

	private final UserSessions sessions;

	UserAccountController(UserAdministration administration, Jurisdictions jurisdictions, UserSessions sessions) {
		this.administration = administration;
		this.jurisdictions = jurisdictions;
		this.sessions = sessions;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model) {
		return render(admin, id, null, model);
	}

	@PostMapping("/enable")
	String enable(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, RedirectAttributes redirect) {
		administration.enable(admin, id);
		return done(id, "admin.users.done.enabled", redirect);
	}

	@PostMapping("/disable")
	String disable(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, RedirectAttributes redirect) {
		String username;
		try {
			username = administration.disable(admin, id);
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusedKey", refused.problems().getFirst().messageKey());
			return "redirect:/admin/users/" + id;
		}
		// Signed out now, on every instance, not left working until the next sign-in.
		sessions.end(username, null);
		return done(id, "admin.users.done.disabled", redirect);
	}

	@PostMapping("/unlock")
	String unlock(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, RedirectAttributes redirect) {
		administration.unlock(admin, id);
		return done(id, "admin.users.done.unlocked", redirect);
	}

	@PostMapping("/password")
	String resetPassword(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", administration.resetPassword(admin, id));
		return done(id, "admin.users.done.password-reset", redirect);
	}

	/** A refused change shows the page again with the reasons beside the fields and what was typed kept. */
	@PostMapping("/scope")
	String assignScope(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute("scope") ScopeForm scope, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				administration.assignScope(admin, id, scope.toScope());
				return done(id, "admin.users.done.scope", redirect);
			}
			catch (Refused refused) {
				Problem first = refused.problems().getFirst();
				if (first.field() == null) {
					// An applicant's or one's own account: the page shows no scope form to put the reason in.
					model.addAttribute("refusedKey", first.messageKey());
				}
				else {
					ScopeForm.reject(refused, errors);
				}
			}
		}
		return render(admin, id, scope, model);
	}

	private String render(PortalUser admin, long id, @Nullable ScopeForm scope, Model model) {
		UserView user = administration.find(admin, id).orElseThrow(NoSuchAccount::new);
		Jurisdictions.UserRow row = jurisdictions.row(user);
		model.addAttribute("row", row);
		model.addAttribute("self", admin.id() == id);
		model.addAttribute("scope",
				scope != null ? scope : ScopeForm.of(user, row.unit() == null ? null : row.unit().creditCode()));
		model.addAttribute("staffRoles", StaffAccountController.STAFF_ROLES);
		model.addAttribute("cities", jurisdictions.cities());
		return VIEW;
	}

	private static String done(long id, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("doneKey", messageKey);
		return "redirect:/admin/users/" + id;
	}

}
