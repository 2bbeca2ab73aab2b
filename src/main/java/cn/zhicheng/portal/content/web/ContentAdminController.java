package cn.zhicheng.portal.content.web;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.catalog.CommitteeDirectory;
import cn.zhicheng.portal.catalog.CommitteeView;
import cn.zhicheng.portal.content.ContentSection;
import cn.zhicheng.portal.content.ContentView;
import cn.zhicheng.portal.content.NewAttachment;
import cn.zhicheng.portal.content.domain.ContentNotFoundException;
import cn.zhicheng.portal.content.domain.ContentService;
import cn.zhicheng.portal.upload.UploadRefusal;
import jakarta.servlet.http.HttpServletResponse;
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

/** The administrator's editor for the public sections (the security chain keeps /admin/** to ADMIN). */
@Controller
@RequestMapping("/admin/content")
class ContentAdminController {

	static final String LIST_VIEW = "content/admin-list";

	static final String FORM_VIEW = "content/admin-form";

	private final ContentService content;

	private final CommitteeDirectory committees;

	ContentAdminController(ContentService content, CommitteeDirectory committees) {
		this.content = content;
		this.committees = committees;
	}

	/** The committees a review notice may name; the list only hides the id, the post is still checked. */
	@ModelAttribute("committees")
	List<CommitteeView> committees() {
		return this.committees.all();
	}

	@ModelAttribute("sections")
	List<ContentSection> sections() {
		return List.of(ContentSection.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable ContentSection section,
			@RequestParam(name = "q", required = false) @Nullable String search,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", section);
		model.addAttribute("search", (search != null) ? search.strip() : "");
		model.addAttribute("result", this.content.forEditor(section, search, page));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", new ContentForm());
		return FORM_VIEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ContentForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		checkCommittee(form, errors);
		NewAttachment file = checkedAttachment(form, errors, response);
		if (errors.hasErrors()) {
			return FORM_VIEW;
		}
		long id = this.content.create(form.toCommand(), file);
		return "redirect:/admin/content/" + id + "/edit?saved";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ContentView item = existing(id);
		model.addAttribute("item", item);
		model.addAttribute("form", ContentForm.of(item));
		return FORM_VIEW;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ContentForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		checkCommittee(form, errors);
		NewAttachment file = checkedAttachment(form, errors, response);
		if (!errors.hasErrors()) {
			try {
				this.content.update(id, form.getVersion(), form.toCommand(), file);
				return "redirect:/admin/content/" + id + "/edit?saved";
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("content.admin.error.stale");
			}
		}
		model.addAttribute("item", existing(id));
		return FORM_VIEW;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id) {
		this.content.publish(id);
		return "redirect:/admin/content/" + id + "/edit";
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id) {
		this.content.unpublish(id);
		return "redirect:/admin/content/" + id + "/edit";
	}

	@PostMapping("/{id}/pin")
	String pin(@PathVariable long id) {
		this.content.pin(id, true);
		return "redirect:/admin/content/" + id + "/edit";
	}

	@PostMapping("/{id}/unpin")
	String unpin(@PathVariable long id) {
		this.content.pin(id, false);
		return "redirect:/admin/content/" + id + "/edit";
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String deleteAttachment(@PathVariable long id, @PathVariable long attachmentId) {
		this.content.deleteAttachment(id, attachmentId);
		return "redirect:/admin/content/" + id + "/edit";
	}

	/** A hand-made post could name a committee that does not exist; say so beside the select, not with a 500. */
	private void checkCommittee(ContentForm form, BindingResult errors) {
		Long committeeId = form.getCommitteeId();
		if (committeeId != null && this.committees.all().stream().noneMatch(found -> found.id() == committeeId)) {
			errors.rejectValue("committeeId", "content.field.committee.unknown");
		}
	}

	/**
	 * A refused file is reported beside the file field with a 4xx status ({@link UploadRefusal}); the rest of the form
	 * is shown again as typed, and nothing is saved.
	 */
	private @Nullable NewAttachment checkedAttachment(ContentForm form, BindingResult errors,
			HttpServletResponse response) {
		NewAttachment file = form.newAttachment();
		if (file == null) {
			return null;
		}
		Optional<String> problem = this.content.problem(file);
		problem.ifPresent(key -> {
			errors.rejectValue("attachment", key);
			response.setStatus(refusal(key).status().value());
		});
		return problem.isPresent() ? null : file;
	}

	/** How a refusal is answered: see {@link UploadRefusal} for why each status. */
	static UploadRefusal refusal(String messageKey) {
		return switch (messageKey) {
			case "content.attachment.error.too-large" -> UploadRefusal.TOO_LARGE;
			case "content.attachment.error.type", "content.attachment.error.mismatch" -> UploadRefusal.UNSUPPORTED;
			default -> UploadRefusal.MALFORMED;
		};
	}

	private ContentView existing(long id) {
		return this.content.item(id).orElseThrow(() -> new ContentNotFoundException(id));
	}

}
