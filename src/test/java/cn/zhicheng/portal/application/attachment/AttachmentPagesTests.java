package cn.zhicheng.portal.application.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationNotFoundException;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.FilingStep;
import cn.zhicheng.portal.application.domain.ApplicationService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Attachments through the applicant's doors: real files are stored and come back byte for byte, fakes and empty
 * files are refused on the same page with a 4xx status and a Chinese message beside the file field, another applicant's application is not found, a submitted application's
 * attachments stay as they are, the form needs its CSRF token, returnTo cannot send anyone elsewhere, and the
 * upgraded form's script gets JSON.
 */
@PortalTest
class AttachmentPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationService applications;

	@Autowired
	AttachmentService attachments;

	@Autowired
	JdbcClient jdbc;

	private PortalUser applicant;

	private PortalUser other;

	private long id;

	private String stepPage;

	@BeforeEach
	void anApplicantWithAnApplication() {
		applicant = newApplicant();
		other = newApplicant();
		id = applications.start(applicant, ApplicationType.EVALUATION, 2025);
		stepPage = FilingStep.EDUCATION.path(id);
	}

	@Test
	void realFilesAreListedAndComeBackByteForByte() {
		byte[] pdf = Samples.pdf();
		byte[] jpeg = Samples.jpeg(320, 240);
		byte[] png = Samples.png(320, 240);
		assertThat(upload(applicant, id, "EDUCATION", file("毕业证书.pdf", pdf), stepPage)).redirectedUrl()
			.isEqualTo(stepPage);
		assertThat(upload(applicant, id, "APPRAISAL", file("2024年度考核表.jpg", jpeg), stepPage))
			.hasStatus3xxRedirection();
		MvcTestResult stored = upload(applicant, id, "TRAINING", file("C:\\scans\\继续教育.png", png), stepPage);
		assertThat(notice(stored).ok()).isTrue();
		assertThat(notice(stored).message()).isEqualTo("已上传“继续教育.png”。");

		List<AttachmentView> listed = attachments.list(applicant.id(), id);
		assertThat(listed).extracting(AttachmentView::fileName)
			.containsExactlyInAnyOrder("毕业证书.pdf", "2024年度考核表.jpg", "继续教育.png");
		assertThat(attachments.bySection(applicant.id(), id)).containsOnlyKeys(
				List.of(AttachmentSection.values()).stream().map(Enum::name).toList());
		assertThat(attachments.bySection(applicant.id(), id).get("EDUCATION")).singleElement()
			.satisfies(view -> assertThat(view.sizeBytes()).isEqualTo(pdf.length));
		assertThat(attachments.bySection(applicant.id(), id).get("PERSONAL")).isEmpty();

		assertDownload(listed, "毕业证书.pdf", "application/pdf", pdf);
		assertDownload(listed, "2024年度考核表.jpg", "image/jpeg", jpeg);
		assertDownload(listed, "继续教育.png", "image/png", png);
	}

	@Test
	void theContentNotTheNameDecidesWhatIsAccepted() {
		MvcTestResult text = upload(applicant, id, "EDUCATION", file("x.pdf", Samples.text("not a pdf at all")),
				stepPage);
		assertRefusedOnThePage(text, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EDUCATION", "只能上传 PDF、JPEG 或 PNG 文件");
		assertRefusedOnThePage(upload(applicant, id, "EDUCATION", file("x.jpg", Samples.zip()), stepPage),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EDUCATION", "只能上传 PDF、JPEG 或 PNG 文件");
		assertRefusedOnThePage(upload(applicant, id, "EDUCATION", file("empty.pdf", new byte[0]), stepPage),
				HttpStatus.BAD_REQUEST, "EDUCATION", "请选择文件");
		assertThat(stored()).isZero();

		MvcTestResult renamed = upload(applicant, id, "EDUCATION", file("photo.jpg", Samples.png(50, 50)), stepPage);
		assertThat(notice(renamed).ok()).isTrue();
		assertThat(attachments.list(applicant.id(), id)).singleElement().satisfies(view -> {
			assertThat(view.contentType()).isEqualTo("image/png");
			assertThat(view.fileName()).isEqualTo("photo.jpg.png");
		});
		assertRefusedOnThePage(upload(applicant, id, "EDUCATION", file("again.png", Samples.png(50, 50)), stepPage),
				HttpStatus.CONFLICT, "EDUCATION", "本栏目已上传过相同的文件。");
		assertThat(stored()).isOne();
	}

	@Test
	void aRefusedFileComesBackOnItsOwnPageBesideTheField() {
		MvcTestResult refused = upload(applicant, id, "PERSONAL", file("聘书.pdf", Samples.text("<html>")),
				FilingStep.PERSONAL.path(id));
		assertRefusedOnThePage(refused, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "PERSONAL", "只能上传 PDF、JPEG 或 PNG 文件");
		assertThat(refused).hasViewName("application/step-personal");
		assertThat(refused).body().asString()
			.contains("aria-describedby=\"attachment-error-PERSONAL attachment-hint-PERSONAL")
			.contains("aria-invalid=\"true\"");
		assertThat(upload(applicant, id, "PERSONAL", file("聘书.pdf", Samples.pdf()), FilingStep.PERSONAL.path(id)))
			.as("the next good file is stored as before").redirectedUrl().isEqualTo(FilingStep.PERSONAL.path(id));
	}

	@Test
	void anotherApplicantsApplicationIsNotFound() {
		AttachmentView mine = attachments.upload(applicant.id(), id, AttachmentSection.EDUCATION, "学位证.pdf",
				Samples.pdf());
		String base = "/applicant/applications/" + id + "/attachments/";
		assertThat(upload(other, id, "EDUCATION", file("x.pdf", Samples.pdf()), null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(base + mine.id()).with(user(other))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(base + mine.id() + "/delete").with(user(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThatExceptionOfType(ApplicationNotFoundException.class)
			.isThrownBy(() -> attachments.list(other.id(), id));

		// Their own application id does not open the attachment either: the lookup names the application.
		long theirs = applications.start(other, ApplicationType.EVALUATION, 2025);
		String theirBase = "/applicant/applications/" + theirs + "/attachments/";
		assertThat(mvc.get().uri(theirBase + mine.id()).with(user(other))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(theirBase + mine.id() + "/delete").with(user(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(stored()).isOne();
		assertThat(mvc.get().uri(base + mine.id()).with(user(applicant))).hasStatusOk();
	}

	@Test
	void aSubmittedApplicationsAttachmentsCannotChange() {
		AttachmentView kept = attachments.upload(applicant.id(), id, AttachmentSection.EDUCATION, "学位证.pdf",
				Samples.pdf());
		// Reaching SUBMITTED through the wizard needs every step filled in; these tests are about the attachments,
		// so the status is set directly. Only the status matters to them: editableByApplicant() is false.
		jdbc.sql("update application set status = 'SUBMITTED' where id = ?").param(id).update();

		MvcTestResult refused = upload(applicant, id, "EDUCATION", file("new.png", Samples.png(40, 40)), stepPage);
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).body().asString().contains("申报材料已提交审核，不能再上传或删除附件。");
		MvcTestResult delete = mvc.post()
			.uri("/applicant/applications/{id}/attachments/{a}/delete", id, kept.id())
			.param("returnTo", stepPage)
			.with(user(applicant))
			.with(csrf())
			.exchange();
		assertThat(delete).redirectedUrl().isEqualTo(stepPage);
		assertThat(notice(delete).message()).isEqualTo("申报材料已提交审核，不能再上传或删除附件。");
		assertThatExceptionOfType(AttachmentRefusedException.class).isThrownBy(() -> attachments
			.upload(applicant.id(), id, AttachmentSection.EDUCATION, "x.png", Samples.png(30, 30)));
		assertThat(attachments.list(applicant.id(), id)).extracting(AttachmentView::id).containsExactly(kept.id());
		assertThat(mvc.get().uri("/applicant/applications/{id}/attachments/{a}", id, kept.id()).with(user(applicant)))
			.as("still readable").hasStatusOk();

		jdbc.sql("update application set status = 'RETURNED' where id = ?").param(id).update();
		assertThat(mvc.post()
			.uri("/applicant/applications/{id}/attachments/{a}/delete", id, kept.id())
			.with(user(applicant))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(stored()).as("a returned file may be changed again").isZero();
		assertThat(jdbc.sql("select count(*) from application_attachment_content where attachment_id = ?")
			.param(kept.id())
			.query(Long.class)
			.single()).as("the bytes go with the row").isZero();
	}

	@Test
	void withoutTheCsrfTokenNothingChanges() {
		MockMultipartHttpServletRequestBuilder noToken = MockMvcRequestBuilders
			.multipart("/applicant/applications/{id}/attachments/EDUCATION", id)
			.file(file("a.pdf", Samples.pdf()));
		assertThat(mvc.perform(noToken.with(user(applicant)))).hasStatus(HttpStatus.FORBIDDEN);
		AttachmentView kept = attachments.upload(applicant.id(), id, AttachmentSection.EDUCATION, "a.pdf",
				Samples.pdf());
		assertThat(mvc.post().uri("/applicant/applications/{id}/attachments/{a}/delete", id, kept.id())
			.with(user(applicant))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(stored()).isOne();
	}

	@Test
	void returnToCannotSendTheApplicantElsewhere() {
		byte[] pdf = Samples.pdf();
		String[] bad = { "https://evil.example/phish", "//evil.example/", "/applicant/applications/" + (id + 1)
				+ "/steps/education", "/applicant/applications/" + id + "/../../../logout" };
		for (int i = 0; i < bad.length; i++) {
			String returnTo = bad[i];
			assertThat(upload(applicant, id, "EDUCATION", file("x.png", Samples.png(20 + i, 20)), returnTo)).as(returnTo)
				.redirectedUrl()
				.isEqualTo(stepPage);
		}
		assertThat(upload(applicant, id, "PERSONAL", file("x.pdf", pdf), "https://evil.example/")).redirectedUrl()
			.isEqualTo(FilingStep.PERSONAL.path(id));
		String own = "/applicant/applications/" + id + "/steps/training#attachments-TRAINING";
		assertThat(upload(applicant, id, "TRAINING", file("t.pdf", pdf), own)).redirectedUrl().isEqualTo(own);
	}

	@Test
	void theUpgradedFormGetsJson() {
		MvcTestResult accepted = mvc.perform(multipart(id, "ACHIEVEMENTS", file("获奖证书.pdf", Samples.pdf()))
			.header("X-Requested-With", "XMLHttpRequest")
			.with(user(applicant))
			.with(csrf()));
		assertThat(accepted).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(accepted).bodyJson().extractingPath("$.ok").isEqualTo(true);
		assertThat(accepted).bodyJson().extractingPath("$.message").isEqualTo("已上传“获奖证书.pdf”。");
		assertThat(accepted).bodyJson().extractingPath("$.attachment.fileName").isEqualTo("获奖证书.pdf");
		assertThat(accepted).bodyJson().extractingPath("$.attachment.section").isEqualTo("ACHIEVEMENTS");

		MvcTestResult refused = mvc.perform(multipart(id, "ACHIEVEMENTS", file("x.jpg", Samples.zip()))
			.accept("application/json")
			.with(user(applicant))
			.with(csrf()));
		assertThat(refused).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(refused).bodyJson().extractingPath("$.ok").isEqualTo(false);
		assertThat(refused).bodyJson().extractingPath("$.message").asString().contains("只能上传 PDF、JPEG 或 PNG 文件");
		assertThat(refused).bodyJson().extractingPath("$.attachment").isNull();
		assertThat(stored()).isOne();
	}

	private void assertDownload(List<AttachmentView> listed, String name, String type, byte[] bytes) {
		long attachmentId = listed.stream().filter(v -> v.fileName().equals(name)).findFirst().orElseThrow().id();
		MvcTestResult download = mvc.get()
			.uri("/applicant/applications/{id}/attachments/{a}", id, attachmentId)
			.with(user(applicant))
			.exchange();
		assertThat(download).hasStatusOk().hasContentType(type);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
		assertThat(download).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.containsHeader("Content-Disposition");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	private MvcTestResult upload(PortalUser who, long applicationId, String section, MockMultipartFile file,
			@Nullable String returnTo) {
		MockMultipartHttpServletRequestBuilder request = multipart(applicationId, section, file).with(user(who)).with(csrf());
		if (returnTo != null) {
			request.param("returnTo", returnTo);
		}
		return mvc.perform(request);
	}

	private static MockMultipartHttpServletRequestBuilder multipart(long applicationId, String section,
			MockMultipartFile file) {
		return MockMvcRequestBuilders
			.multipart("/applicant/applications/{id}/attachments/{section}", applicationId, section)
			.file(file);
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	/** The step page again, with the status and the message beside the section's file field; no redirect. */
	private static void assertRefusedOnThePage(MvcTestResult result, HttpStatus status, String section,
			String message) {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getRedirectedUrl()).isNull();
		assertThat(result).body().asString()
			.contains("id=\"attachment-error-" + section + "\"")
			.contains(message);
	}

	private static AttachmentNotice notice(MvcTestResult result) {
		Object notice = result.getMvcResult().getFlashMap().get("attachmentNotice");
		assertThat(notice).isInstanceOf(AttachmentNotice.class);
		return (AttachmentNotice) notice;
	}

	private long stored() {
		return jdbc.sql("select count(*) from application_attachment where application_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private PortalUser newApplicant() {
		int n = People.next();
		String username = People.username("attach", n);
		accounts.createIfAbsent(new NewAccount(username, "Attach#2026", "附件" + n, Role.APPLICANT, null, null));
		return (PortalUser) users.loadUserByUsername(username);
	}

}
