package cn.zhicheng.portal.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.zhicheng.portal.calendar.domain.CalendarAdministration;
import cn.zhicheng.portal.calendar.domain.CalendarAdministration.Entry;
import cn.zhicheng.portal.calendar.domain.CalendarAdministration.LineProblem;
import cn.zhicheng.portal.calendar.domain.CalendarAdministration.YearView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历 upkeep for administrators (the security chain keeps /admin/** to them): a year's exceptions, corrections,
 * and loading the next year's notice when the State Council publishes it.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

	static final String VIEW = "calendar/admin";

	private final CalendarAdministration administration;

	private final Clock clock;

	CalendarAdminController(CalendarAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate edit, Model model) {
		int shown = shownYear(year);
		DayForm dayForm = new DayForm();
		if (edit != null) {
			dayForm = administration.entries(edit.getYear())
				.stream()
				.filter(entry -> entry.day().equals(edit))
				.findFirst()
				.map(DayForm::of)
				.orElse(dayForm);
		}
		return show(shown, dayForm, new LoadYearForm(), model);
	}

	@PostMapping("/days")
	String saveDay(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable Integer year, Model model, RedirectAttributes redirect) {
		LocalDate day = form.date().orElse(null);
		if (!errors.hasFieldErrors("day") && day == null) {
			errors.rejectValue("day", "calendar.day.error.date");
		}
		if (day != null && !loaded(day.getYear())) {
			errors.rejectValue("day", "calendar.day.error.not-loaded", new Object[] { String.valueOf(day.getYear()) },
					null);
		}
		if (errors.hasErrors()) {
			return show(shownYear(year), form, new LoadYearForm(), model);
		}
		Entry entry = form.toEntry();
		administration.save(entry);
		redirect.addFlashAttribute("saved", entry.day().toString());
		return redirectTo(entry.day().getYear(), redirect);
	}

	@PostMapping("/days/{day}/delete")
	String deleteDay(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		if (!loaded(day.getYear())) {
			// A day of a year never loaded is not there to delete: 404, not the calendar's refusal as a 500.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		administration.delete(day);
		redirect.addFlashAttribute("deleted", day.toString());
		return redirectTo(day.getYear(), redirect);
	}

	@PostMapping("/years")
	String loadYear(@Valid @ModelAttribute("loadForm") LoadYearForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Integer year = form.getYear();
		if (year != null && !errors.hasFieldErrors("year") && loaded(year) && !form.isReplace()) {
			errors.rejectValue("year", "calendar.load.error.loaded", new Object[] { String.valueOf(year) }, null);
		}
		if (errors.hasErrors()) {
			return show(shownYear(null), new DayForm(), form, model);
		}
		int loading = Objects.requireNonNull(year);
		List<LineProblem> problems = administration.load(loading, form.getSource().strip(), form.getLines(),
				form.isReplace());
		if (!problems.isEmpty()) {
			problems.forEach(problem -> errors.rejectValue("lines", problem.messageKey(),
					new Object[] { String.valueOf(problem.line()) }, null));
			return show(shownYear(null), new DayForm(), form, model);
		}
		redirect.addFlashAttribute("loaded", String.valueOf(loading));
		return redirectTo(loading, redirect);
	}

	private String show(int year, DayForm dayForm, LoadYearForm loadForm, Model model) {
		List<YearView> years = administration.years();
		model.addAttribute("years", years);
		model.addAttribute("year", year);
		model.addAttribute("current", years.stream().filter(view -> view.year() == year).findFirst().orElse(null));
		model.addAttribute("entries", administration.entries(year));
		model.addAttribute("dayForm", dayForm);
		model.addAttribute("loadForm", loadForm);
		return VIEW;
	}

	/** The year asked for, else this year if loaded, else the latest loaded one. */
	private int shownYear(@Nullable Integer asked) {
		if (asked != null) {
			return asked;
		}
		int thisYear = LocalDate.now(clock).getYear();
		List<YearView> years = administration.years();
		if (years.isEmpty() || years.stream().anyMatch(view -> view.year() == thisYear)) {
			return thisYear;
		}
		return years.getFirst().year();
	}

	private boolean loaded(int year) {
		return administration.years().stream().anyMatch(view -> view.year() == year);
	}

	private static String redirectTo(int year, RedirectAttributes redirect) {
		redirect.addAttribute("year", year);
		return "redirect:/admin/calendar";
	}

}
