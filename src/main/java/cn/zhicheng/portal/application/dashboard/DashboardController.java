package cn.zhicheng.portal.application.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.catalog.ReviewYears;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard page of the city and county reviewers and the administrators: one page for the three roles. The
 * security chain has already matched the path's role; the figures are scoped in SQL to the viewer.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboard/dashboard";

	/** Years offered in the select: the current review year and the five before it. */
	private static final int YEARS_BACK = 5;

	private final Dashboard dashboard;

	private final Clock clock;

	DashboardController(Dashboard dashboard, Clock clock) {
		this.dashboard = dashboard;
		this.clock = clock;
	}

	@GetMapping({ "/city/dashboard", "/county/dashboard", "/admin/dashboard" })
	String dashboard(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		int current = ReviewYears.current(LocalDate.now(clock));
		Integer asked = parse(year);
		int shown = asked == null ? current : asked;
		List<Integer> years = new ArrayList<>(IntStream.rangeClosed(current - YEARS_BACK, current).boxed().toList());
		if (!years.contains(shown)) {
			years.add(shown);
		}
		years.sort(Comparator.reverseOrder());
		model.addAttribute("figures", dashboard.figures(user, shown));
		model.addAttribute("years", years);
		model.addAttribute("invalidYear", year != null && !year.isBlank() && asked == null);
		model.addAttribute("base", user.role().homePath());
		return VIEW;
	}

	/** A 评审年度 between 2000 and 2100, or {@code null} for anything else (the page then shows the current one). */
	private static @Nullable Integer parse(@Nullable String year) {
		if (year == null || !year.matches("\\d{4}")) {
			return null;
		}
		int value = Integer.parseInt(year);
		return value >= 2000 && value <= 2100 ? value : null;
	}

}
