package cn.zhicheng.portal.catalog.web;

import java.util.List;

import cn.zhicheng.portal.catalog.FieldView;
import cn.zhicheng.portal.catalog.SeriesView;
import cn.zhicheng.portal.catalog.SpecialtyView;
import cn.zhicheng.portal.catalog.domain.CatalogService;
import cn.zhicheng.portal.catalog.domain.CatalogService.DuplicateName;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系列与专业: the series → field → specialty tree, where an administrator adds and renames. Each small form on the
 * page is keyed by a target ("series-1", "field-3", …) so a refused name shows its error beside the field it came from.
 */
@Controller
@RequestMapping("/admin/catalog")
class CatalogAdminController {

	static final String VIEW = "catalog/admin-catalog";

	static final int MAX_NAME = 64;

	private final CatalogService catalog;

	CatalogAdminController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String tree(Model model) {
		model.addAttribute("tree", catalog.series().stream().map(this::node).toList());
		return VIEW;
	}

	@PostMapping("/series/{seriesId}/fields")
	String addField(@PathVariable long seriesId, @RequestParam String name, RedirectAttributes redirect) {
		return change("add-field-" + seriesId, name, redirect, () -> catalog.addField(seriesId, name.strip()));
	}

	@PostMapping("/fields/{fieldId}/specialties")
	String addSpecialty(@PathVariable long fieldId, @RequestParam String name, RedirectAttributes redirect) {
		return change("add-specialty-" + fieldId, name, redirect, () -> catalog.addSpecialty(fieldId, name.strip()));
	}

	@PostMapping("/fields/{fieldId}")
	String renameField(@PathVariable long fieldId, @RequestParam String name, RedirectAttributes redirect) {
		return change("field-" + fieldId, name, redirect, () -> catalog.renameField(fieldId, name.strip()));
	}

	@PostMapping("/specialties/{specialtyId}")
	String renameSpecialty(@PathVariable long specialtyId, @RequestParam String name, RedirectAttributes redirect) {
		return change("specialty-" + specialtyId, name, redirect,
				() -> catalog.renameSpecialty(specialtyId, name.strip()));
	}

	private String change(String target, String name, RedirectAttributes redirect, Runnable change) {
		String errorKey = null;
		if (name.isBlank()) {
			errorKey = "catalog.name.required";
		}
		else if (name.strip().length() > MAX_NAME) {
			errorKey = "catalog.name.too-long";
		}
		else {
			try {
				change.run();
				redirect.addFlashAttribute("doneKey", "catalog.saved");
			}
			catch (DuplicateName duplicate) {
				errorKey = "catalog.name.taken";
			}
		}
		if (errorKey != null) {
			redirect.addFlashAttribute("errorTarget", target);
			redirect.addFlashAttribute("errorKey", errorKey);
			redirect.addFlashAttribute("rejectedName", name);
		}
		return "redirect:/admin/catalog#" + target;
	}

	private SeriesNode node(SeriesView series) {
		return new SeriesNode(series, catalog.fields(series.id())
			.stream()
			.map(field -> new FieldNode(field, catalog.specialties(field.id())))
			.toList());
	}

	record SeriesNode(SeriesView series, List<FieldNode> fields) {
	}

	record FieldNode(FieldView field, List<SpecialtyView> specialties) {
	}

}
