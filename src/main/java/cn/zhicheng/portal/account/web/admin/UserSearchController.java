package cn.zhicheng.portal.account.web.admin;

import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.UserAdministration;
import cn.zhicheng.portal.account.domain.UserAdministration.UserPage;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 用户管理: find accounts by username or name prefix, optionally within a role, 20 to a page. */
@Controller
class UserSearchController {

	static final String VIEW = "admin/users/list";

	/** As long as the longest name column: a longer term cannot match anything. */
	static final int MAX_QUERY = 64;

	private final UserAdministration administration;

	private final Jurisdictions jurisdictions;

	UserSearchController(UserAdministration administration, Jurisdictions jurisdictions) {
		this.administration = administration;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/admin/users")
	String search(@AuthenticationPrincipal PortalUser admin, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable Role role, @RequestParam(required = false) @Nullable Long after,
			Model model) {
		String query = q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		UserPage page = administration.search(admin, query, role, after);
		model.addAttribute("rows", jurisdictions.rows(page.rows()));
		model.addAttribute("nextAfter", page.nextAfter());
		model.addAttribute("q", query);
		model.addAttribute("role", role);
		model.addAttribute("after", after);
		model.addAttribute("roles", List.of(Role.values()));
		return VIEW;
	}

}
