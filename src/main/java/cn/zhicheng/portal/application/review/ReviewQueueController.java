package cn.zhicheng.portal.application.review;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.domain.ReviewService;
import cn.zhicheng.portal.catalog.Catalog;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.region.RegionDirectory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' queues: the unit's files, the county's, and the city's ordered by committee deadline with its
 * filters, search, keyset paging and 批量受理. One page serves the three roles; the security chain has already
 * matched the path's role, and the SQL is scoped to the reviewer.
 */
@Controller
class ReviewQueueController {

	static final String VIEW = "review/queue";

	private final ReviewQueries queries;

	private final ReviewService reviews;

	private final CommitteeDirectory committees;

	private final Catalog catalog;

	private final RegionDirectory regions;

	ReviewQueueController(ReviewQueries queries, ReviewService reviews, CommitteeDirectory committees, Catalog catalog,
			RegionDirectory regions) {
		this.queries = queries;
		this.reviews = reviews;
		this.committees = committees;
		this.catalog = catalog;
		this.regions = regions;
	}

	@GetMapping({ "/unit/queue", "/county/queue", "/city/queue" })
	String queue(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") QueueFilter filter,
			BindingResult errors, Model model) {
		QueueFilter used = errors.hasErrors() ? QueueFilter.none() : filter;
		// A value that does not convert (?countyId=abc) leaves no filter at all (a record is built whole or not):
		// the page shows the empty one beside its note, rather than failing on the missing object.
		model.addAttribute("filter", used);
		model.addAttribute("invalidFilter", errors.hasErrors());
		ReviewQueries.QueuePage page = queries.queue(user, used);
		model.addAttribute("rows", page.rows());
		model.addAttribute("next", page.next());
		model.addAttribute("base", user.role().homePath());
		model.addAttribute("city", user.role() == Role.CITY_REVIEWER);
		if (user.role() == Role.CITY_REVIEWER && user.regionId() != null) {
			model.addAttribute("committees", committees.inRegion(user.regionId()));
			model.addAttribute("specialties", catalog.allSpecialties());
			model.addAttribute("counties", regions.children(Optional.of(user.regionId())));
			model.addAttribute("levels", TitleLevel.values());
			model.addAttribute("statuses", QueueClause.CITY);
		}
		return VIEW;
	}

	/** 批量受理: each file decided on its own; those that could not be accepted are named. */
	@PostMapping("/city/queue/accept")
	String bulkAccept(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "ids", required = false) List<Long> ids,
			RedirectAttributes redirect) {
		List<Long> chosen = ids == null ? List.of() : ids;
		List<Long> refused = reviews.bulkAccept(user, chosen,
				id -> reviews.decide(user, id, null, WorkflowAction.ACCEPT, null));
		redirect.addFlashAttribute("accepted", chosen.size() - refused.size());
		redirect.addFlashAttribute("refusedCount", refused.size());
		return "redirect:/city/queue";
	}

}
