package cn.zhicheng.portal.application.reviewform;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import cn.zhicheng.portal.People;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.domain.ApplicationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The downloads through the web: the applicant's own review form and checklist (a 预览 while it is a draft, with a
 * Chinese file name and never cached), nobody else's, and the blank forms for anyone.
 */
@PortalTest
class ReviewFormDownloadTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationService applications;

	private PortalUser owner;

	private PortalUser other;

	private long id;

	@BeforeEach
	void anApplicationOfItsOwn() {
		owner = applicant("rf-owner");
		other = applicant("rf-other");
		id = applications.start(owner, ApplicationType.EVALUATION, 2025);
	}

	@Test
	void theApplicantDownloadsTheirOwnReviewFormAsAPreview() throws IOException {
		MvcTestResult result = mvc.get().uri("/applicant/applications/{id}/review-form.pdf", id).with(user(owner))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment;").contains("filename=\"review-form-");
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).startsWith("广东省职称评审表-").endsWith(".pdf");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		String text = ReviewFormPdfTests.text(result.getResponse().getContentAsByteArray()).replaceAll("\\s", "");
		assertThat(text).contains("广东省职称评审表", owner.displayName(), "预览", "缺少：照片");
	}

	@Test
	void theApplicantDownloadsTheChecklist() throws IOException {
		MvcTestResult result = mvc.get().uri("/applicant/applications/{id}/checklist.pdf", id).with(user(owner))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(ReviewFormPdfTests.text(result.getResponse().getContentAsByteArray()).replaceAll("\\s", ""))
			.contains("申报材料清单", "《广东省职称评审表》");
	}

	@Test
	void anotherApplicantGetsNotFound() {
		assertThat(mvc.get().uri("/applicant/applications/{id}/review-form.pdf", id).with(user(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/applicant/applications/{id}/checklist.pdf", id).with(user(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(mvc.get().uri("/applicant/applications/{id}/review-form.pdf", id).accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void blankFormsArePublicAndAnUnknownOneIsNotFound() throws IOException {
		MvcTestResult result = mvc.get().uri("/forms/blank/public-notice.pdf").exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(ReviewFormPdfTests.text(result.getResponse().getContentAsByteArray()).replaceAll("\\s", ""))
			.contains("广东省专业技术人员申报职称评前公示情况表");
		assertThat(mvc.get().uri("/forms/blank/catalog.pdf")).hasStatusOk();
		assertThat(mvc.get().uri("/forms/blank/no-such-form.pdf")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private PortalUser applicant(String prefix) {
		int n = People.next();
		String username = People.username(prefix, n);
		accounts.createIfAbsent(new NewAccount(username, "Review#2026", "评审" + n, Role.APPLICANT, null, null));
		return (PortalUser) users.loadUserByUsername(username);
	}

}
