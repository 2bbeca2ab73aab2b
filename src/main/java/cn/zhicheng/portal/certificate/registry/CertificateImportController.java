package cn.zhicheng.portal.certificate.registry;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.zhicheng.portal.account.PortalUser;
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
	record BadRow(long line, String reasons) {
	}

	/** The result as the page shows it. */
	record ResultView(String fileName, String format, long rows, long imported, long rejected, List<BadRow> badRows,
			boolean truncated) {
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("columns", List.of(ImportColumn.values()).stream().map(column -> column.header).toList());
		model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
		model.addAttribute("reportedRows", settings.reportedRows());
		return VIEW;
	}

	@PostMapping
	String upload(@AuthenticationPrincipal PortalUser admin, @RequestParam(required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		if (file == null || file.isEmpty()) {
			model.addAttribute("refusal", messages.getMessage("registry.import.refused.empty", null, locale));
			return form(model);
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		try {
			ImportResult result = importer.importFile(admin, name, file.getSize(), file);
			redirect.addFlashAttribute("result", view(result, locale));
			return "redirect:/admin/certificates/import";
		}
		catch (ImportRefusedException refused) {
			model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return form(model);
		}
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
