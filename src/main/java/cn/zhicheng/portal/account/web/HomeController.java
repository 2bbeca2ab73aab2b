package cn.zhicheng.portal.account.web;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.domain.UnitMembershipService;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionView;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page. It shows the scope the person works in, read from their account (never from the request):
 * the applicant's unit and the path their files travel, the officer's unit, the reviewer's county or city.
 */
@Controller
class HomeController {

	/** How many recent messages a home page shows. */
	static final int INBOX_SIZE = 5;

	private final UnitDirectory units;

	private final RegionDirectory regions;

	private final CommitteeDirectory committees;

	private final Accounts accounts;

	private final NotificationInbox inbox;

	private final UnitMembershipService membership;

	HomeController(UnitDirectory units, RegionDirectory regions, CommitteeDirectory committees, Accounts accounts,
			NotificationInbox inbox, UnitMembershipService membership) {
		this.membership = membership;
		this.units = units;
		this.regions = regions;
		this.committees = committees;
		this.accounts = accounts;
		this.inbox = inbox;
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal PortalUser user) {
		return "redirect:" + user.role().homePath();
	}

	@GetMapping("/applicant")
	String applicant(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<UnitView> unit = unitOf(user);
		model.addAttribute("unit", unit.orElse(null));
		// Where a file travels: unit → county bureau → city. Shown so nobody files under the wrong unit unawares.
		model.addAttribute("route", unit.map(membership::route).orElse(null));
		model.addAttribute("messages", inbox.recentFor(user.id(), INBOX_SIZE));
		return "home/applicant";
	}

	@GetMapping("/unit")
	String unitHr(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<UnitView> unit = unitOf(user);
		model.addAttribute("unit", unit.orElse(null));
		model.addAttribute("supervisingUnit",
				unit.map(UnitView::supervisingUnitId).flatMap(units::find).orElse(null));
		model.addAttribute("route", unit.map(membership::route).orElse(null));
		model.addAttribute("messages", inbox.recentFor(user.id(), INBOX_SIZE));
		return "home/unit";
	}

	@GetMapping("/county")
	String county(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("route", regionLineage(user));
		return "home/county";
	}

	@GetMapping("/city")
	String city(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("route", regionLineage(user));
		model.addAttribute("committees",
				Optional.ofNullable(user.regionId()).map(committees::inRegion).orElse(List.of()));
		return "home/city";
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("accountsByRole", accounts.countByRole());
		model.addAttribute("unitCount", units.count());
		model.addAttribute("committeeCount", committees.count());
		return "home/admin";
	}

	private Optional<UnitView> unitOf(PortalUser user) {
		return Optional.ofNullable(user.unitId()).flatMap(units::find);
	}

	private List<RegionView> regionLineage(PortalUser user) {
		return Optional.ofNullable(user.regionId()).map(regions::lineage).orElse(List.of());
	}

}
