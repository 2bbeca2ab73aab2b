package cn.zhicheng.portal.catalog.web;

import java.util.List;
import java.util.Objects;

import cn.zhicheng.portal.catalog.Jurisdiction;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.catalog.domain.CatalogService;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration.CommitteeDetail;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration.WindowDetail;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
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

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** 评委会管理: the list, one committee's edit page, and its intake windows per review year. */
@Controller
@RequestMapping("/admin/committees")
class CommitteeAdminController {

	static final String LIST_VIEW = "catalog/admin-committees";

	static final String EDIT_VIEW = "catalog/admin-committee";

	private final CommitteeAdministration administration;

	private final CatalogService catalog;

	CommitteeAdminController(CommitteeAdministration administration, CatalogService catalog) {
		this.administration = administration;
		this.catalog = catalog;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("committees", administration.list());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year, Model model) {
		CommitteeDetail detail = committee(id);
		model.addAttribute("committeeForm", CommitteeForm.of(detail));
		WindowForm window = administration.windows(id)
			.stream()
			.filter(found -> year != null && found.window().reviewYear() == year)
			.findFirst()
			.map(found -> WindowForm.of(found.window(), found.version()))
			.orElseGet(WindowForm::new);
		model.addAttribute("windowForm", window);
		return render(detail, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("committeeForm") CommitteeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		CommitteeDetail detail = committee(id);
		if (form.levelsOutOfOrder()) {
			errors.rejectValue("highestLevel", "catalog.committee.levels.order");
		}
		if (!errors.hasErrors()) {
			try {
				administration.update(id, form.getVersion(), form.toCommand());
				redirect.addFlashAttribute("doneKey", "catalog.saved");
				return "redirect:/admin/committees/" + id;
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("catalog.stale");
			}
		}
		model.addAttribute("windowForm", new WindowForm());
		return render(detail, model);
	}

	@PostMapping("/{id}/windows")
	String saveWindow(@PathVariable long id, @Valid @ModelAttribute("windowForm") WindowForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CommitteeDetail detail = committee(id);
		if (form.closesBeforeOpens()) {
			errors.rejectValue("closesOn", "catalog.window.closes-on.before-opens");
		}
		if (form.amendmentDaysMissing()) {
			errors.rejectValue("amendmentWorkingDays", "catalog.window.amendment-days.required");
		}
		if (!errors.hasErrors()) {
			try {
				administration.saveWindow(id, Objects.requireNonNull(form.getReviewYear()), form.getVersion(),
						Objects.requireNonNull(form.getOpensOn()), Objects.requireNonNull(form.getClosesOn()),
						form.isAmendmentsAllowed(), form.getAmendmentWorkingDays());
				redirect.addFlashAttribute("doneKey", "catalog.saved");
				return "redirect:/admin/committees/" + id;
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("catalog.stale");
			}
		}
		model.addAttribute("committeeForm", CommitteeForm.of(detail));
		return render(detail, model);
	}

	private CommitteeDetail committee(long id) {
		return administration.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String render(CommitteeDetail detail, Model model) {
		List<WindowDetail> windows = administration.windows(detail.committee().id());
		model.addAttribute("committee", detail);
		model.addAttribute("windows", windows);
		model.addAttribute("levels", TitleLevel.values());
		model.addAttribute("jurisdictions", Jurisdiction.values());
		model.addAttribute("tree", catalog.series()
			.stream()
			.map(series -> new CatalogAdminController.SeriesNode(series, catalog.fields(series.id())
				.stream()
				.map(field -> new CatalogAdminController.FieldNode(field, catalog.specialties(field.id())))
				.toList()))
			.toList());
		return EDIT_VIEW;
	}

}
