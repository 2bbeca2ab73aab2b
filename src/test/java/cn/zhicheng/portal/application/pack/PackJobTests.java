package cn.zhicheng.portal.application.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.attachment.AttachmentSection;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.committee.CommitteeFiles;
import cn.zhicheng.portal.application.export.ExportJobView;
import cn.zhicheng.portal.application.export.ExportJobWaits;
import cn.zhicheng.portal.application.export.ExportJobs;
import cn.zhicheng.portal.application.export.ExportKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The material pack from the committee office's side (issue #8 part 3: "built in the background; progress shown"):
 * the form on 导出与材料包, its refusals beside their fields, and the ZIP built by a job and downloaded when ready.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackJobTests {

	private static final Pattern STARTED = Pattern.compile("/city/exports\\?started=(\\d+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ExportJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AttachmentService attachments;

	@Autowired
	CommitteeFiles files;

	long committee;

	long file;

	@BeforeAll
	void acceptedFile() {
		PackFiles packFiles = new PackFiles(files, jdbc);
		committee = packFiles.committee();
		PortalUser applicant = files.applicant();
		file = packFiles.file(applicant, committee, PackFiles.Stage.ACCEPTED, id -> attachments.upload(applicant.id(), id,
				AttachmentSection.EDUCATION, "毕业证书.pdf", PackFiles.pdf("Diploma", 1)));
	}

	/** The shared test committee's packs in CommitteePackTests must not meet this file. */
	@AfterAll
	void clean() {
		jdbc.update("delete from export_job where owner_id = ?", files.city().id());
		jdbc.update("update application set status = 'ABANDONED', committee_id = null where id = ?", file);
	}

	@Test
	void theOfficeSeesTheFormWithItsCommittees() {
		assertThat(mvc.get().uri("/city/exports").with(user(files.city()))).hasStatusOk()
			.bodyText()
			.contains("评审材料包", PackFiles.COMMITTEE, "评审专家姓名", "公示名单", "评审结果上报")
			.contains("<label for=\"notices-year\">", "id=\"notices-year\"", "<label for=\"results-format\">",
					"id=\"results-format\"");
		assertThat(mvc.get().uri("/county/exports").with(user(files.user("demo-county")))).hasStatusOk()
			.bodyText()
			.contains("评审结果上报")
			.doesNotContain("评审专家姓名");
		assertThat(mvc.get().uri("/unit/exports").with(user(files.user("demo-unit")))).hasStatusOk()
			.bodyText()
			.contains("公示名单")
			.doesNotContain("评审结果上报", "评审专家姓名");
	}

	@Test
	void refusalsShowBesideTheirFieldAndQueueNothing() {
		MvcTestResult blank = post(files.city(), Long.toString(committee), " ");
		assertThat(blank).hasStatusOk()
			.bodyText()
			.contains("请填写评审专家姓名")
			.contains("aria-describedby=\"pack-recipient-error pack-recipient-hint\"");
		assertThat(post(files.city(), "", "王审核")).hasStatusOk().bodyText().contains("请选择评委会");
		assertThat(post(files.otherCityReviewer(), Long.toString(committee), "王审核")).hasStatusOk()
			.bodyText()
			.contains("找不到该评委会")
			.contains("id=\"pack-committee-error\"");
		assertThat(mvc.post().uri("/city/committee-packs").param("committeeId", Long.toString(committee))
			.param("reviewYear", "2025").param("recipient", "王审核").with(user(files.user("demo-county"))).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/city/committee-packs").param("committeeId", Long.toString(committee))
			.param("reviewYear", "2025").param("recipient", "王审核").with(user(files.city())))
			.as("no form token").hasStatus(403);
		assertThat(jdbc.queryForObject("select count(*) from export_job where kind = 'COMMITTEE_PACK' and owner_id = ?",
				Long.class, files.otherCityReviewer().id())).isZero();
	}

	@Test
	void thePackIsBuiltInTheBackgroundAndDownloadedWhenReady() throws Exception {
		MvcTestResult started = post(files.city(), Long.toString(committee), "王审核");
		assertThat(started).hasStatus3xxRedirection();
		Matcher id = STARTED.matcher(started.getResponse().getRedirectedUrl());
		assertThat(id.find()).isTrue();
		long job = Long.parseLong(id.group(1));
		ExportJobView done = ExportJobWaits.awaitEnd(jobs, files.city(), job);
		assertThat(done.status()).isEqualTo(ExportJobView.Status.READY);
		assertThat(done.kind()).isEqualTo(ExportKind.COMMITTEE_PACK);
		assertThat(done.fileName()).endsWith(".zip").contains("王审核", "2025");
		assertThat(done.total()).isEqualTo(1L);
		assertThat(done.done()).isEqualTo(1L);
		MvcTestResult download = mvc.get().uri("/city/exports/" + job + "/download").with(user(files.city())).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/zip");
		List<String> entries = entries(download.getResponse().getContentAsByteArray());
		assertThat(entries).contains(CommitteePackTests.MANIFEST);
		assertThat(entries).anyMatch(name -> name.endsWith("/评审表.pdf"));
		assertThat(entries).anyMatch(name -> name.contains("/附件/") && name.endsWith("毕业证书.pdf"));
	}

	private MvcTestResult post(PortalUser user, String committeeId, String recipient) {
		return mvc.post()
			.uri(user.role().homePath() + "/committee-packs")
			.param("committeeId", committeeId)
			.param("reviewYear", "2025")
			.param("recipient", recipient)
			.with(user(user))
			.with(csrf())
			.exchange();
	}

	private static List<String> entries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
