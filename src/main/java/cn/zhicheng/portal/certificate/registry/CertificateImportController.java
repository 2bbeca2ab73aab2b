package cn.zhicheng.portal.certificate.registry;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.upload.UploadRefusal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * 历史证书导入 for administrators ({@code /admin/**} is theirs in the security chain). The result comes back on the
 * page after a redirect, so reloading it does not import the file again.
 */
@Controller
@RequestMapping("/admin/certificates/import")
class CertificateImportController {

	static final String VIEW = "certificate/registry/import";

	private final CertificateImporter importer;

	private final RegistrySettings settings;

	private final MessageSource messages;

	CertificateImportController(CertificateImporter importer, RegistrySettings settings, MessageSource messages) {
		this.importer = importer;
		this.settings = settings;
		this.messages = messages;
	}

	/** A bad row as the page shows it: its line and its reasons in the reader's language. */
	record BadRow(long line, String reasons) implements Serializable {
	}

	/** The result as the page shows it; flashed across the redirect, so it travels in the stored session. */
	record ResultView(String fileName, String format, long rows, long imported, long rejected, List<BadRow> badRows,
			boolean truncated) implements Serializable {
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("columns", List.of(ImportColumn.values()).stream().map(column -> column.header).toList());
		model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
		model.addAttribute("reportedRows", settings.reportedRows());
		return VIEW;
	}

	/**
	 * A refused file is answered with the same page, the message beside the file field and a 4xx status
	 * ({@link UploadRefusal}); nothing is imported. The CSRF token travels in the form's query string, so a file over
	 * the servlet's size limit gets the "文件过大" page (413) instead of failing the token check as a 403.
	 */
	@PostMapping
	String upload(@AuthenticationPrincipal PortalUser admin, @RequestParam(required = false) @Nullable MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			if (file == null || file.isEmpty()) {
				throw new ImportRefusedException("registry.import.refused.empty");
			}
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			ImportResult result = importer.importFile(admin, name, file.getSize(), file);
			redirect.addFlashAttribute("result", view(result, locale));
			return "redirect:/admin/certificates/import";
		}
		catch (ImportRefusedException refused) {
			response.setStatus(refusal(refused.messageKey()).status().value());
			model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return form(model);
		}
	}

	/** How a refusal is answered: see {@link UploadRefusal} for why each status. */
	static UploadRefusal refusal(String messageKey) {
		return switch (messageKey) {
			case "registry.import.refused.too-large" -> UploadRefusal.TOO_LARGE;
			case "registry.import.refused.format" -> UploadRefusal.UNSUPPORTED;
			default -> UploadRefusal.MALFORMED;
		};
	}

	private ResultView view(ImportResult result, Locale locale) {
		String separator = messages.getMessage("registry.import.reason-separator", null, locale);
		List<BadRow> rows = result.problems()
			.stream()
			.map(problem -> new BadRow(problem.line(), problem.reasons()
				.stream()
				.map(reason -> messages.getMessage(reason, locale))
				.collect(Collectors.joining(separator))))
			.toList();
		return new ResultView(result.fileName(), result.format().name(), result.rows(), result.imported(),
				result.rejected(), rows, result.truncated());
	}

}
