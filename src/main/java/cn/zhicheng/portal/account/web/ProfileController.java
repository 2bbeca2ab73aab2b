package cn.zhicheng.portal.account.web;

import java.io.IOException;
import java.util.Optional;

import cn.zhicheng.portal.account.PersonView;
import cn.zhicheng.portal.account.PhotoPolicy;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.domain.PersonService;
import cn.zhicheng.portal.account.domain.PhotoCheck;
import cn.zhicheng.portal.account.domain.UnitMembershipService;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;
import cn.zhicheng.portal.upload.UploadRefusal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 个人信息查看 and 照片维护. The record is read-only here (it changes through registration and, later, archived
 * records); ID and mobile numbers are masked, because the person does not need the full values to recognise them.
 */
@Controller
@RequestMapping("/applicant/profile")
class ProfileController {

	static final String VIEW = "account/profile";

	static final String PHOTO_VIEW = "account/photo";

	private final PersonService people;

	private final UnitDirectory units;

	private final PhotoPolicy photoPolicy;

	private final UnitMembershipService membership;

	ProfileController(PersonService people, UnitDirectory units, PhotoPolicy photoPolicy,
			UnitMembershipService membership) {
		this.people = people;
		this.units = units;
		this.photoPolicy = photoPolicy;
		this.membership = membership;
	}

	@GetMapping
	String profile(@AuthenticationPrincipal PortalUser user, Model model) {
		PersonView person = people.find(user.id()).orElseThrow();
		Optional<UnitView> unit = Optional.ofNullable(person.unitId()).flatMap(units::find);
		model.addAttribute("person", person);
		model.addAttribute("unit", unit.orElse(null));
		model.addAttribute("route", unit.map(membership::route).orElse(null));
		return VIEW;
	}

	@GetMapping("/photo")
	String photoForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("person", people.find(user.id()).orElseThrow());
		model.addAttribute("policy", photoPolicy);
		return PHOTO_VIEW;
	}

	/**
	 * A refused photo is answered with the same page, the message beside the file field and a 4xx status
	 * ({@link UploadRefusal}); the photo stored before stays. The CSRF token travels in the query string for this
	 * multipart form, so an upload over the servlet's size limit gets the "文件过大" page (413) instead of failing the
	 * token check as a 403.
	 */
	@PostMapping("/photo")
	String uploadPhoto(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		// A post without the file (or not multipart at all) is refused like an empty one, not a server error.
		PhotoCheck check = people.replacePhoto(user.id(), (photo == null) ? new byte[0] : photo.getBytes());
		if (check instanceof PhotoCheck.Refused refused) {
			response.setStatus(refusal(refused.messageKey()).status().value());
			model.addAttribute("refusedKey", refused.messageKey());
			model.addAttribute("refusedArgs", refused.args());
			return photoForm(user, model);
		}
		redirect.addFlashAttribute("photoSaved", true);
		return "redirect:/applicant/profile";
	}

	/** How a refusal is answered: see {@link UploadRefusal} for why each status. */
	static UploadRefusal refusal(String messageKey) {
		return switch (messageKey) {
			case "photo.too-large" -> UploadRefusal.TOO_LARGE;
			case "photo.unsupported-format", "photo.unsupported-format.heic" -> UploadRefusal.UNSUPPORTED;
			default -> UploadRefusal.MALFORMED;
		};
	}

	@GetMapping("/photo.jpg")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PortalUser user) {
		return people.photo(user.id())
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.noStore().cachePrivate())
				.body(bytes))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}


}
