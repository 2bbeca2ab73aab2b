package cn.zhicheng.portal.application.pack;

import java.util.Locale;
import java.util.Objects;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.export.ExportKind;
import cn.zhicheng.portal.application.export.ExportPage;
import cn.zhicheng.portal.application.export.ExportStarts;
import cn.zhicheng.portal.application.export.ExportTask;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starts a committee's material pack in the background (issue #8 part 3). The request is checked before the job is
 * queued (committee within the office's reach, recipient named, not too many files), so a refusal shows next to its
 * field on the exports page instead of as a failed job.
 */
@Controller
class PackJobController {

	private final CommitteePack pack;

	private final ExportStarts starts;

	private final ExportPage page;

	PackJobController(CommitteePack pack, ExportStarts starts, ExportPage page) {
		this.pack = pack;
		this.starts = starts;
		this.page = page;
	}

	@PostMapping({ "/city/committee-packs", "/admin/committee-packs" })
	String start(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute(PackExportForm.ATTRIBUTE) PackForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			PackRequest request = new PackRequest(Objects.requireNonNull(form.committeeId()),
					Objects.requireNonNull(form.reviewYear()), Objects.requireNonNull(form.recipient()));
			try {
				pack.count(user, request);
				return starts.start(user, task(user, request), flash);
			}
			catch (PackRefusedException refused) {
				errors.rejectValue(field(refused.messageKey()), refused.messageKey(), refused.arguments(), null);
			}
		}
		return page.show(user, null, model);
	}

	private ExportTask task(PortalUser user, PackRequest request) {
		return new ExportTask(ExportKind.COMMITTEE_PACK, pack.fileName(request, Locale.SIMPLIFIED_CHINESE) + ".zip",
				pack.fileName(request, Locale.ROOT) + ".zip", "application/zip",
				(out, progress) -> pack.write(user, request, out, progress));
	}

	/** The field a refusal belongs beside. */
	private static String field(String key) {
		return switch (key) {
			case "pack.refused.recipient" -> "recipient";
			case "pack.refused.too-many" -> "reviewYear";
			default -> "committeeId";
		};
	}

}
