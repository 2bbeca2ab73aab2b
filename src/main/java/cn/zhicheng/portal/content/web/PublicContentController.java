package cn.zhicheng.portal.content.web;

import cn.zhicheng.portal.content.AttachmentFile;
import cn.zhicheng.portal.content.ContentSection;
import cn.zhicheng.portal.content.ContentView;
import cn.zhicheng.portal.content.domain.ContentNotFoundException;
import cn.zhicheng.portal.content.domain.ContentService;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The six public sections, one item, and its downloads. Visitors see published items only. */
@Controller
class PublicContentController {

	static final String LIST_VIEW = "content/list";

	static final String ITEM_VIEW = "content/item";

	private final ContentService content;

	PublicContentController(ContentService content) {
		this.content = content;
	}

	@GetMapping({ "/policies", "/qualifications", "/review-notices", "/guides", "/announcements", "/downloads" })
	String list(HttpServletRequest request, @RequestParam(name = "q", required = false) @Nullable String search,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ContentSection section = ContentSection.ofPath(request.getRequestURI().substring(request.getContextPath().length())).orElseThrow();
		model.addAttribute("section", section);
		model.addAttribute("search", (search != null) ? search.strip() : "");
		model.addAttribute("result", this.content.published(section, search, page));
		return LIST_VIEW;
	}

	@GetMapping("/content/{id}")
	String item(@PathVariable long id, Model model) {
		ContentView item = this.content.publishedItem(id).orElseThrow(() -> new ContentNotFoundException(id));
		model.addAttribute("item", item);
		return ITEM_VIEW;
	}

	@GetMapping("/content/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		AttachmentFile file = this.content.publishedAttachment(id).orElseThrow(() -> new ContentNotFoundException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(file.fileName(), id))
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

}
