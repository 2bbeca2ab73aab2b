package cn.zhicheng.portal.application.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import cn.zhicheng.portal.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel the wizard pages include: the list with download and delete, an upload form that works as a plain
 * multipart POST (CSRF token in the action, label tied to the input, the limits from configuration) and the script
 * that upgrades it; nothing to change once the application is with a reviewer. Rendered by the portal's own engine.
 */
@PortalTest
class AttachmentPanelTests {

	@Autowired
	SpringTemplateEngine engine;

	@Autowired
	ApplicationContext context;

	private final AttachmentView item = new AttachmentView(41, AttachmentSection.EDUCATION, "毕业证书.pdf",
			"application/pdf", 1536 * 1024, Instant.parse("2025-03-01T02:30:00Z"));

	@Test
	void anEditablePanelListsTheFilesAndOffersAnUploadThatWorksWithoutScript() {
		Document panel = render(List.of(item), true);
		Element link = panel.selectFirst("a[href=/applicant/applications/7/attachments/41]");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("毕业证书.pdf");
		assertThat(panel.text()).contains("学历学位证书", "1.5 MB", "2025-03-01 10:30");
		Element delete = panel.selectFirst("form[action=/applicant/applications/7/attachments/41/delete]");
		assertThat(delete).isNotNull();
		assertThat(delete.selectFirst("input[name=returnTo]").val()).isEqualTo("/applicant/applications/7/steps/education");

		Element upload = panel.selectFirst("form[data-attachment-upload]");
		assertThat(upload).isNotNull();
		assertThat(upload.attr("method")).isEqualTo("post");
		assertThat(upload.attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(upload.attr("action")).isEqualTo("/applicant/applications/7/attachments/EDUCATION?_csrf=token-1");
		assertThat(upload.attr("data-max-bytes")).isEqualTo(String.valueOf(10L * 1024 * 1024));
		Element input = upload.selectFirst("input[type=file][name=file]");
		assertThat(input).isNotNull();
		assertThat(upload.selectFirst("label[for=" + input.id() + "]")).isNotNull();
		assertThat(input.attr("accept")).contains("application/pdf", "image/jpeg", "image/png");
		assertThat(panel.getElementById(input.attr("aria-describedby").split(" ")[0]).text())
			.contains("10 MB", "20 个文件", "100 MB");
		assertThat(upload.selectFirst("progress")).isNotNull();
		assertThat(upload.selectFirst("[aria-live=polite]")).isNotNull();
		assertThat(panel.selectFirst("script[src=/js/attachments.js]")).isNotNull();
		assertThat(panel.select("[style]")).as("no inline style").isEmpty();
		assertThat(panel.select("script:not([src])")).as("no inline script").isEmpty();
	}

	@Test
	void aPanelOfASubmittedApplicationOnlyLists() {
		Document panel = render(List.of(item), false);
		assertThat(panel.selectFirst("a[href=/applicant/applications/7/attachments/41]")).isNotNull();
		assertThat(panel.select("form")).isEmpty();
		assertThat(panel.text()).contains("申报材料已提交审核，附件不能再修改。");

		Document empty = render(null, false);
		assertThat(empty.text()).contains("尚未上传附件。");
		assertThat(empty.select("table")).isEmpty();
	}

	@Test
	void everySectionHasATitleAndAHintInBothLanguages() {
		Properties chinese = bundle("i18n/attachment_zh_CN.properties");
		Properties english = bundle("i18n/attachment.properties");
		for (AttachmentSection section : AttachmentSection.values()) {
			for (String key : List.of("attachment.section." + section, "attachment.section." + section + ".hint")) {
				assertThat(chinese.getProperty(key)).as(key).isNotBlank();
				assertThat(english.getProperty(key)).as(key).isNotBlank();
			}
		}
	}

	private Document render(List<AttachmentView> items, boolean editable) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/applicant/applications/7/steps/education");
		JakartaServletWebApplication application = JakartaServletWebApplication
			.buildApplication(request.getServletContext());
		WebContext web = new WebContext(application.buildExchange(request, new MockHttpServletResponse()),
				Locale.SIMPLIFIED_CHINESE);
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		web.setVariable("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-1"));
		web.setVariable("applicationId", 7L);
		web.setVariable("section", "EDUCATION");
		web.setVariable("items", items);
		web.setVariable("editable", editable);
		web.setVariable("returnTo", "/applicant/applications/7/steps/education");
		return Jsoup.parse(engine.process("application/attachments", Set.of("panel"), web));
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = AttachmentPanelTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
