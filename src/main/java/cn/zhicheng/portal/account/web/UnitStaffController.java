package cn.zhicheng.portal.account.web;

import java.util.List;

import cn.zhicheng.portal.account.AccountSummary;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.PersonService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * 本单位申报人: the applicants whose HR unit is the officer's, with ID and mobile masked. Seeing the full numbers is
 * an explicit, audited request for one person (a POST, so a link preview or crawler never triggers it).
 */
@Controller
@RequestMapping("/unit/staff")
class UnitStaffController {

	static final String VIEW = "account/unit-staff";

	private final Accounts accounts;

	private final PersonService people;

	UnitStaffController(Accounts accounts, PersonService people) {
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser officer, Model model) {
		model.addAttribute("staff", staff(officer));
		return VIEW;
	}

	@PostMapping("/{id}/reveal")
	String reveal(@AuthenticationPrincipal PortalUser officer, @PathVariable long id, Model model) {
		model.addAttribute("revealed", people.revealTo(officer, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("staff", staff(officer));
		return VIEW;
	}

	private List<AccountSummary> staff(PortalUser officer) {
		return officer.unitId() == null ? List.of() : accounts.ofUnit(officer.unitId(), Role.APPLICANT);
	}

}
