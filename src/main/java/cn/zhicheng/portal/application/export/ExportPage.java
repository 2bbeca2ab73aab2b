package cn.zhicheng.portal.application.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.catalog.ReviewYears;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The model of 导出与材料包: the caller's jobs and the forms that start the exports their role may ask for (the notice
 * lists for units, counties, cities and administrators; the result report for counties, cities and administrators;
 * the material pack for committee offices, that is cities, and administrators). The same page is shown again with a
 * form's errors when one is refused, so every form controller fills it here.
 */
@Component
public class ExportPage {

	public static final String VIEW = "export/jobs";

	/** Review years offered: the current one and the five before it. */
	static final int YEARS_BACK = 5;

	private final ExportJobs jobs;

	private final ExportSettings settings;

	private final CommitteeDirectory committees;

	private final Clock clock;

	private final List<ExportForm> forms;

	ExportPage(ExportJobs jobs, ExportSettings settings, CommitteeDirectory committees, Clock clock,
			List<ExportForm> forms) {
		this.jobs = jobs;
		this.settings = settings;
		this.committees = committees;
		this.clock = clock;
		this.forms = forms;
	}

	/** Fills the page for {@code user}; form objects already in the model (with their errors) are kept. */
	public String show(PortalUser user, @Nullable Long started, Model model) {
		int current = ReviewYears.current(LocalDate.now(clock));
		model.addAttribute("jobs", jobs.recent(user));
		model.addAttribute("started", started);
		model.addAttribute("keepHours", settings.keepFor().toHours());
		model.addAttribute("base", user.role().homePath());
		model.addAttribute("years", IntStream.iterate(current, y -> y >= current - YEARS_BACK, y -> y - 1).boxed().toList());
		model.addAttribute("committees", committeesOf(user));
		for (ExportForm form : forms) {
			if (model.getAttribute(form.attribute()) == null) {
				blankKeepingErrors(form.attribute(), form.blank(current), model);
			}
		}
		switch (user.role()) {
			case UNIT_HR -> model.addAttribute("forms", List.of("notices"));
			case COUNTY_REVIEWER -> model.addAttribute("forms", List.of("notices", "results"));
			case CITY_REVIEWER, ADMIN -> model.addAttribute("forms", List.of("notices", "results", "pack"));
			default -> model.addAttribute("forms", List.of());
		}
		return VIEW;
	}

	/**
	 * A record form posted with a value that does not convert (committeeId=abc) is not built at all: its errors are
	 * moved onto the blank form, so they show beside their fields instead of the page failing on a missing object.
	 */
	private static void blankKeepingErrors(String attribute, Object blank, Model model) {
		Object errors = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + attribute);
		model.addAttribute(attribute, blank);
		if (errors instanceof BindingResult bound) {
			BindingResult kept = new BeanPropertyBindingResult(blank, attribute);
			kept.addAllErrors(bound);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + attribute, kept);
		}
	}

	/** The committees a city's office or an administrator may choose: their city's, or all. */
	public List<CommitteeView> committeesOf(PortalUser user) {
		return switch (user.role()) {
			case ADMIN -> committees.all();
			case CITY_REVIEWER -> user.regionId() == null ? List.of() : committees.inRegion(user.regionId());
			default -> List.of();
		};
	}

}
