package cn.zhicheng.portal.records.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.ArchivedRecordException;
import cn.zhicheng.portal.records.DuplicateYearException;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.RecordNotFoundException;
import cn.zhicheng.portal.records.StaleRecordException;
import cn.zhicheng.portal.records.StoredRecord;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing one record of any kind; one form page shows the fields of the kind at hand. */
@Controller
@RequestMapping("/applicant/records/{kind}")
class RecordFormController {

	static final String VIEW = "records/form";

	/**
	 * A record added from a filing step goes back to that step: only a step page of an application is accepted, so the
	 * parameter cannot send anyone elsewhere (no open redirect).
	 */
	private static final java.util.regex.Pattern RETURN_TO = java.util.regex.Pattern
		.compile("^/applicant/applications/\\d{1,18}/steps/[a-z-]{1,30}$");

	private final PersonalRecords records;

	private final RecordsOverview overview;

	private final Clock clock;

	RecordFormController(PersonalRecords records, RecordsOverview overview, Clock clock) {
		this.records = records;
		this.overview = overview;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newForm(@PathVariable String kind, @RequestParam(required = false) @Nullable String returnTo, Model model) {
		model.addAttribute("returnTo", safe(returnTo));
		return form(RecordsController.kindOf(kind), null, new RecordForm(), model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @PathVariable String kind,
			@ModelAttribute("form") RecordForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String returnTo, Model model, RedirectAttributes redirect) {
		RecordKind recordKind = RecordsController.kindOf(kind);
		form.check(recordKind, errors, LocalDate.now(clock));
		model.addAttribute("returnTo", safe(returnTo));
		if (!errors.hasErrors()) {
			try {
				records.add(user.id(), form.toEntry(recordKind));
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + (safe(returnTo) == null ? "/applicant/records" : safe(returnTo));
			}
			catch (DuplicateYearException taken) {
				errors.rejectValue("year", DuplicateYearException.MESSAGE_KEY);
			}
		}
		return form(recordKind, null, form, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable String kind, @PathVariable long id,
			Model model, HttpServletResponse response) {
		RecordKind recordKind = RecordsController.kindOf(kind);
		StoredRecord<RecordEntry> record = find(user, recordKind, id);
		if (record.archived()) {
			return overview.refused(user.id(), model, response);
		}
		return form(recordKind, id, RecordForm.of(record.version(), record.entry()), model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal PortalUser user, @PathVariable String kind, @PathVariable long id,
			@ModelAttribute("form") RecordForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		RecordKind recordKind = RecordsController.kindOf(kind);
		// Found first, so that another person's record is a 404 whatever the form holds.
		if (find(user, recordKind, id).archived()) {
			return overview.refused(user.id(), model, response);
		}
		form.check(recordKind, errors, LocalDate.now(clock));
		if (!errors.hasErrors()) {
			try {
				long version = form.getVersion() == null ? -1 : form.getVersion();
				records.update(user.id(), id, version, form.toEntry(recordKind));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/applicant/records";
			}
			catch (ArchivedRecordException archived) {
				return overview.refused(user.id(), model, response);
			}
			catch (DuplicateYearException taken) {
				errors.rejectValue("year", DuplicateYearException.MESSAGE_KEY);
			}
			catch (StaleRecordException stale) {
				errors.reject(StaleRecordException.MESSAGE_KEY);
			}
		}
		return form(recordKind, id, form, model);
	}

	private static @Nullable String safe(@Nullable String returnTo) {
		return returnTo != null && RETURN_TO.matcher(returnTo).matches() ? returnTo : null;
	}

	private StoredRecord<RecordEntry> find(PortalUser user, RecordKind kind, long id) {
		return records.find(user.id(), kind, id).orElseThrow(() -> new RecordNotFoundException(kind, id));
	}

	private String form(RecordKind kind, @Nullable Long id, RecordForm form, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("recordId", id);
		model.addAttribute("form", form);
		model.addAttribute("educationLevels", Education.values());
		model.addAttribute("achievementKinds", AchievementKind.values());
		model.addAttribute("appraisalResults", AppraisalResult.values());
		return VIEW;
	}

}
