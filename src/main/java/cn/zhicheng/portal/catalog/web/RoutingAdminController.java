package cn.zhicheng.portal.catalog.web;

import cn.zhicheng.portal.catalog.Destination;
import cn.zhicheng.portal.catalog.domain.RoutingService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评审路由: the rules table, where an administrator changes where a kind of application goes. */
@Controller
@RequestMapping("/admin/routing")
class RoutingAdminController {

	static final String VIEW = "catalog/admin-routing";

	private final RoutingService routing;

	RoutingAdminController(RoutingService routing) {
		this.routing = routing;
	}

	@GetMapping
	String rules(Model model) {
		model.addAttribute("rules", routing.rules());
		model.addAttribute("destinations", Destination.values());
		return VIEW;
	}

	@PostMapping("/{ruleId}")
	String change(@PathVariable long ruleId, @RequestParam long version, @RequestParam Destination destination,
			RedirectAttributes redirect) {
		try {
			routing.changeDestination(ruleId, version, destination);
			redirect.addFlashAttribute("doneKey", "catalog.saved");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("errorTarget", "rule-" + ruleId);
			redirect.addFlashAttribute("errorKey", "catalog.stale");
		}
		return "redirect:/admin/routing";
	}

}
