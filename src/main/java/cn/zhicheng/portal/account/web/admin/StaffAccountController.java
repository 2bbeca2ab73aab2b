package cn.zhicheng.portal.account.web.admin;

import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.UserAdministration;
import cn.zhicheng.portal.account.domain.UserAdministration.Created;
import cn.zhicheng.portal.account.domain.UserAdministration.Refused;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 新建工作人员账户: unit HR officers, reviewers and administrators; applicants register themselves. */
@Controller
@RequestMapping("/admin/users/new")
class StaffAccountController {

	static final String VIEW = "admin/users/new";

	/** The roles an administrator gives; 申报人 is not among them. */
	static final List<Role> STAFF_ROLES = List.of(Role.UNIT_HR, Role.COUNTY_REVIEWER, Role.CITY_REVIEWER, Role.ADMIN);

	private final UserAdministration administration;

	private final Jurisdictions jurisdictions;

	StaffAccountController(UserAdministration administration, Jurisdictions jurisdictions) {
		this.administration = administration;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("staff", new NewStaffForm());
		return render(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute("staff") NewStaffForm staff,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Created created = administration.createStaff(admin, staff.toCommand());
				redirect.addFlashAttribute("doneKey", "admin.users.done.created");
				redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
				return "redirect:/admin/users/" + created.id();
			}
			catch (Refused refused) {
				ScopeForm.reject(refused, errors);
			}
		}
		return render(model);
	}

	private String render(Model model) {
		model.addAttribute("staffRoles", STAFF_ROLES);
		model.addAttribute("cities", jurisdictions.cities());
		return VIEW;
	}

}
