package cn.zhicheng.portal.application.reviewform;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The blank companion forms, public: they hold nobody's data and are needed before an account exists. */
@Controller
class BlankFormController {

	private final BlankForms forms;

	BlankFormController(BlankForms forms) {
		this.forms = forms;
	}

	@GetMapping("/forms/blank/{slug}.pdf")
	ResponseEntity<byte[]> blank(@PathVariable String slug) {
		byte[] pdf = forms.render(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("blank-" + slug + ".pdf").build().toString())
			.body(pdf);
	}

}
