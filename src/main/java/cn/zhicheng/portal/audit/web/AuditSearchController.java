package cn.zhicheng.portal.audit.web;

import java.time.Clock;
import java.util.List;

import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.audit.AuditPage;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 审计日志: administrators search the trail by actor, action, subject and dates, newest first, 50 to a page. Only
 * administrators reach {@code /admin/**} (system/security), and the log checks again.
 */
@Controller
class AuditSearchController {

	static final String VIEW = "audit/search";

	private final AuditLog audit;

	private final Clock clock;

	AuditSearchController(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String search(@Valid @ModelAttribute("search") AuditSearchForm search, BindingResult errors, Model model) {
		if (!search.datesInOrder()) {
			errors.rejectValue("to", "audit.search.to.before-from");
		}
		model.addAttribute("choices", audit.choices());
		AuditPage page = errors.hasErrors() ? new AuditPage(List.of(), null)
				: audit.search(search.toQuery(clock.getZone()));
		model.addAttribute("page", page);
		model.addAttribute("firstPage", search.isFirstPage());
		return VIEW;
	}

}
