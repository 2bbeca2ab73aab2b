package cn.zhicheng.portal.catalog.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.zhicheng.portal.catalog.Jurisdiction;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.catalog.domain.CatalogService;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration.CommitteeDetail;
import cn.zhicheng.portal.catalog.domain.CommitteeAdministration.WindowDetail;
import cn.zhicheng.portal.region.RegionDirectory;
import cn.zhicheng.portal.region.RegionView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
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

/** 评委会管理: the list, a new committee, one committee's edit page, and its intake windows per review year. */
@Controller
@RequestMapping("/admin/committees")
class CommitteeAdminController {

	static final String LIST_VIEW = "catalog/admin-committees";

	static final String EDIT_VIEW = "catalog/admin-committee";

	static final String NEW_VIEW = "catalog/admin-committee-new";

	private final CommitteeAdministration administration;

	private final CatalogService catalog;

	private final RegionDirectory regions;

	CommitteeAdminController(CommitteeAdministration administration, CatalogService catalog, RegionDirectory regions) {
		this.administration = administration;
		this.catalog = catalog;
		this.regions = regions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("committees", administration.list());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String create(Model model) {
		CommitteeForm form = new CommitteeForm();
		form.setJurisdiction(Jurisdiction.CITY);
		model.addAttribute("committeeForm", form);
		return renderNew(model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("committeeForm") CommitteeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.levelsOutOfOrder()) {
			errors.rejectValue("highestLevel", "catalog.committee.levels.order");
		}
		Long regionId = form.getRegionId();
		Jurisdiction jurisdiction = form.getJurisdiction();
		if (regionId == null) {
			errors.rejectValue("regionId", "catalog.committee.region.required");
		}
		else if (jurisdiction != null && !administration.regionFits(jurisdiction, regionId)) {
			errors.rejectValue("regionId", (jurisdiction == Jurisdiction.PROVINCE) ? "catalog.committee.region.province"
					: "catalog.committee.region.city");
		}
		if (!errors.hasFieldErrors("name") && administration.nameTaken(form.getName())) {
			errors.rejectValue("name", "catalog.committee.name.taken");
		}
		if (!errors.hasErrors()) {
			try {
				long id = administration.create(Objects.requireNonNull(regionId), form.toCommand());
				redirect.addFlashAttribute("doneKey", "catalog.saved");
				return "redirect:/admin/committees/" + id;
			}
			catch (DataIntegrityViolationException taken) {
				// The name is the table's only unique column, so a clash here is another administrator creating the
				// same committee between our check and the insert.
				errors.rejectValue("name", "catalog.committee.name.taken");
			}
		}
		return renderNew(model);
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
		if (!errors.hasFieldErrors("name") && !form.getName().equals(detail.committee().name())
				&& administration.nameTaken(form.getName())) {
			errors.rejectValue("name", "catalog.committee.name.taken");
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
			catch (DataIntegrityViolationException taken) {
				// Another administrator took the name between the check and the save.
				errors.rejectValue("name", "catalog.committee.name.taken");
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

	private String renderNew(Model model) {
		addChoices(model);
		model.addAttribute("provinces", regions.children(Optional.empty())
			.stream()
			.map(province -> new ProvinceNode(province, regions.children(Optional.of(province.id()))))
			.toList());
		return NEW_VIEW;
	}

	private String render(CommitteeDetail detail, Model model) {
		List<WindowDetail> windows = administration.windows(detail.committee().id());
		model.addAttribute("committee", detail);
		model.addAttribute("windows", windows);
		addChoices(model);
		return EDIT_VIEW;
	}

	/** What the committee fields offer, shared by the new and edit pages. */
	private void addChoices(Model model) {
		model.addAttribute("levels", TitleLevel.values());
		model.addAttribute("jurisdictions", Jurisdiction.values());
		model.addAttribute("tree", catalog.series()
			.stream()
			.map(series -> new CatalogAdminController.SeriesNode(series, catalog.fields(series.id())
				.stream()
				.map(field -> new CatalogAdminController.FieldNode(field, catalog.specialties(field.id())))
				.toList()))
			.toList());
	}

	/** A province and its cities, the regions a new committee may serve. */
	record ProvinceNode(RegionView province, List<RegionView> cities) {
	}

}
