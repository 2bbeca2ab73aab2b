package cn.zhicheng.portal.application.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.Readiness;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.eligibility.ContinuingEducation;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;
import jakarta.validation.Valid;

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

/**
 * The record steps — 学历 and 工作经历, 继续教育, 获现资格之前, 业绩成果, 考核信息 — where the applicant ticks which of
 * their records the application uses. Archived records (入库信息) come first and are ticked by default, so they are
 * reused rather than typed again (提示2); new records are added on the records pages and come back here.
 */
@Controller
@RequestMapping("/applicant/applications/{id}/steps")
class RecordStepsController {

	static final String VIEW = "application/step-records";

	private final ApplicationService applications;

	private final PersonalRecords records;

	private final ContinuingEducation continuingEducation;

	private final StepPage page;

	RecordStepsController(ApplicationService applications, PersonalRecords records,
			ContinuingEducation continuingEducation, StepPage page) {
		this.applications = applications;
		this.records = records;
		this.continuingEducation = continuingEducation;
		this.page = page;
	}

	@GetMapping("/{slug:education|training|before|achievements|appraisal}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable String slug,
			Model model) {
		Application app = applications.load(user.id(), id);
		FilingStep step = FilingStep.fromSlug(slug).orElseThrow();
		SelectionForm form = new SelectionForm();
		form.setVersion(app.version());
		boolean firstVisit = !app.completedSteps().contains(step.name());
		form.setChosen(initial(user, app, step, kindOf(step), firstVisit));
		if (step == FilingStep.EDUCATION) {
			form.setChosenWork(initial(user, app, step, RecordKind.WORK, firstVisit));
		}
		form.setSummary(step == FilingStep.BEFORE ? app.beforeSummary() : app.workSummary());
		return page(user, app, step, form, model);
	}

	@PostMapping("/{slug:education|training|before|achievements|appraisal}")
	String save(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable String slug,
			@Valid @ModelAttribute("form") SelectionForm form, BindingResult errors,
			@RequestParam(required = false) String next, @RequestParam(required = false) String skip,
			RedirectAttributes redirect, Model model) {
		Application app = applications.load(user.id(), id);
		FilingStep step = FilingStep.fromSlug(slug).orElseThrow();
		StepPage.checkStep(app, step);
		if (!errors.hasErrors()) {
			try {
				if (skip != null) {
					applications.skip(user.id(), id, form.getVersion(), step);
					return page.after(app, step, true, redirect);
				}
				long version = form.getVersion();
				if (step == FilingStep.EDUCATION) {
					applications.saveSelection(user.id(), id, version, step, RecordKind.WORK,
							ids(shown(user, app, step, RecordKind.WORK)), form.getChosenWork());
					version = applications.load(user.id(), id).version();
				}
				applications.saveSelection(user.id(), id, version, step, kindOf(step),
						ids(shown(user, app, step, kindOf(step))), form.getChosen());
				if (step == FilingStep.BEFORE || step == FilingStep.ACHIEVEMENTS) {
					applications.saveSummary(user.id(), id, applications.load(user.id(), id).version(), step,
							PersonalForm.trim(form.getSummary()));
				}
				return page.after(app, step, next != null, redirect);
			}
			catch (RuntimeException refused) {
				StepPage.reject(refused, errors);
			}
		}
		return page(user, app, step, form, model);
	}

	private String page(PortalUser user, Application app, FilingStep step, SelectionForm form, Model model) {
		StepPage.checkStep(app, step);
		page.describe(app, step, model);
		model.addAttribute("form", form);
		model.addAttribute("rows", shown(user, app, step, kindOf(step)));
		model.addAttribute("kind", kindOf(step));
		if (step == FilingStep.EDUCATION) {
			model.addAttribute("workRows", shown(user, app, step, RecordKind.WORK));
		}
		if (step == FilingStep.TRAINING) {
			model.addAttribute("hourProblems", records.trainings(user.id())
				.stream()
				.collect(java.util.stream.Collectors.toMap(StoredRecord::id,
						r -> continuingEducation.check(r.entry().year(), r.entry().publicHours(),
								r.entry().professionalHours(), r.entry().electiveHours()))));
		}
		if (step == FilingStep.ACHIEVEMENTS || step == FilingStep.TRAINING || step == FilingStep.APPRAISAL) {
			Readiness readiness = applications.readiness(user.id(), app.id());
			model.addAttribute("eligibility", readiness.eligibility());
			model.addAttribute("outsideWindow",
					readiness.evidence() == null ? Set.of() : readiness.evidence().outsideWindow());
			model.addAttribute("yearsChecked",
					readiness.evidence() == null ? List.of() : readiness.evidence().yearsChecked());
		}
		return VIEW;
	}

	/** The records a step shows, archived ones first; 获现资格之前 and 业绩成果 split achievements at the title date. */
	private List<? extends StoredRecord<? extends RecordEntry>> shown(PortalUser user, Application app,
			FilingStep step, RecordKind kind) {
		List<? extends StoredRecord<? extends RecordEntry>> all = switch (kind) {
			case EDUCATION -> records.educations(user.id());
			case WORK -> records.work(user.id());
			case TRAINING -> records.trainings(user.id());
			case APPRAISAL -> records.appraisals(user.id());
			case ACHIEVEMENT -> splitAtTitle(app, step, records.achievements(user.id()));
		};
		List<StoredRecord<? extends RecordEntry>> sorted = new ArrayList<>(all);
		sorted.sort(Comparator.comparing(r -> !r.archived()));
		return sorted;
	}

	private static List<StoredRecord<AchievementEntry>> splitAtTitle(Application app, FilingStep step,
			List<StoredRecord<AchievementEntry>> achievements) {
		var obtained = app.personalAnswers().hasTitle() ? app.personalAnswers().titleObtainedOn() : null;
		if (obtained == null) {
			return step == FilingStep.BEFORE ? List.of() : achievements;
		}
		return achievements.stream()
			.filter(a -> a.entry().happenedOn().isBefore(obtained) == (step == FilingStep.BEFORE))
			.toList();
	}

	private List<Long> initial(PortalUser user, Application app, FilingStep step, RecordKind kind,
			boolean firstVisit) {
		if (firstVisit) {
			return ids(shown(user, app, step, kind));
		}
		Set<Long> chosen = applications.chosen(user.id(), app.id(), kind);
		return ids(shown(user, app, step, kind)).stream().filter(chosen::contains).toList();
	}

	private static List<Long> ids(List<? extends StoredRecord<? extends RecordEntry>> rows) {
		return rows.stream().map(StoredRecord::id).toList();
	}

	static RecordKind kindOf(FilingStep step) {
		return switch (step) {
			case EDUCATION -> RecordKind.EDUCATION;
			case TRAINING -> RecordKind.TRAINING;
			case BEFORE, ACHIEVEMENTS -> RecordKind.ACHIEVEMENT;
			case APPRAISAL -> RecordKind.APPRAISAL;
			default -> throw new IllegalArgumentException("Not a record step: " + step);
		};
	}

}
