package cn.zhicheng.portal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.PersonalNumbers;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.attachment.AttachmentSection;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.certificate.CertificateSource;
import cn.zhicheng.portal.certificate.CertificateStatus;
import cn.zhicheng.portal.certificate.CertificateView;
import cn.zhicheng.portal.certificate.Certificates;
import cn.zhicheng.portal.eligibility.Route;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The other three business types up to submission: 初次职称考核认定 granted only up to the level §2.4 allows, a
 * 证书补发 with its certificate, reason and evidence, and a 省外委托评审 naming the other province's committee.
 */
@PortalTest
class BusinessTypesTests {

	@Autowired
	ApplicationService applications;

	@Autowired
	AttachmentService attachments;

	@Autowired
	Certificates certificates;

	@Autowired
	cn.zhicheng.portal.application.domain.ReviewService reviews;

	@Autowired
	PersonalRecords records;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalNumbers numbers;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	cn.zhicheng.portal.MutableClock clock;

	Filers filers;

	/** In the 2026年度 intake window of the 清远 committees (2027-01-04 to 2027-03-31), whatever today is. */
	@BeforeEach
	void filers() {
		clock.set(java.time.Instant.parse("2027-02-01T02:00:00Z"));
		filers = new Filers(accounts, users, records, jdbc);
	}

	/** Back to now: messages and rows written in 2027 would sort above everything other test classes write. */
	@org.junit.jupiter.api.AfterEach
	void clockBack() {
		clock.set(java.time.Instant.now());
	}

	@Test
	void initialRecognitionIsGrantedUpToTheLevelEducationAndYearsAllow() {
		PortalUser applicant = filers.completeApplicant("recognition");
		long id = applications.start(applicant, ApplicationType.INITIAL_RECOGNITION, 2026);
		assertThat(FilingStep.of(ApplicationType.INITIAL_RECOGNITION)).doesNotContain(FilingStep.BEFORE);
		applications.chooseUnit(applicant, id, version(id));
		applications.savePersonal(applicant.id(), id, version(id), new PersonalAnswers(LocalDate.of(2012, 7, 15),
				"环境监测", null, null, null, null, null, null, null, null));
		chooseAll(applicant, id, RecordKind.EDUCATION, FilingStep.EDUCATION);

		declare(applicant, id, TitleLevel.INTERMEDIATE, null);
		Readiness tooHigh = applications.readiness(applicant.id(), id);
		assertThat(tooHigh.ready()).isFalse();
		assertThat(tooHigh.eligibility().grantableLevel()).hasToString("ASSISTANT");

		declare(applicant, id, TitleLevel.ASSISTANT, null);
		Readiness readiness = applications.submit(applicant, id, version(id));
		assertThat(readiness.problems()).isEmpty();
		assertThat(status(id)).isEqualTo("SUBMITTED");
		// the unit's file page shows an applicant without a current title as such (it once failed with a 500)
		assertThat(mvc.get().uri("/unit/applications/" + id).with(user(officer("demo-unit")))).hasStatusOk()
			.bodyText()
			.contains("现职称");

		// Unit assessment with its notice, the county's check, then the city grants it with no committee vote.
		clock.set(java.time.Instant.parse("2026-03-02T02:00:00Z"));
		java.time.LocalDate ends = reviews.startNotice(officer("demo-unit"), id, null, java.time.LocalDate.of(2026, 3, 2));
		clock.set(ends.plusDays(1).atStartOfDay(clock.getZone()).plusHours(10).toInstant());
		reviews.forward(officer("demo-unit"), id, null);
		reviews.forward(officer("demo-county"), id, null);
		assertThatThrownBy(() -> reviews.decide(officer("demo-city"), id, null, WorkflowAction.ACCEPT, null))
			.isInstanceOf(WorkflowRefusedException.class);
		reviews.decide(officer("demo-city"), id, null, WorkflowAction.APPROVE, null);
		assertThat(status(id)).isEqualTo("PASSED");
		CertificateView granted = certificates.issueFor(id);
		assertThat(granted.level()).isEqualTo("ASSISTANT");
		assertThat(granted.source()).isEqualTo(CertificateSource.ISSUED);
	}

	@Test
	void aReissueNeedsTheCertificateTheReasonAndEvidence() {
		PortalUser applicant = filers.completeApplicant("reissue");
		long id = applications.start(applicant, ApplicationType.CERTIFICATE_REISSUE, 2026);
		String base = "/applicant/applications/" + id + "/steps/";
		assertThat(mvc.post().uri(base + "reissue").with(user(applicant)).with(csrf())
			.param("version", String.valueOf(version(id))).param("certificateNo", "<script>")
			.param("reason", "DETAILS_CHANGED")).hasStatusOk()
			.bodyText()
			.contains("证书编号只能包含文字、字母、数字和括号、连字符")
			.contains("信息变更的，请说明变更了哪些信息");
		assertThat(mvc.post().uri(base + "reissue").with(user(applicant)).with(csrf())
			.param("version", String.valueOf(version(id))).param("certificateNo", "粤高职证字（2019）0123")
			.param("reason", "DETAILS_CHANGED").param("details", "姓名更正").param("next", "1"))
			.redirectedUrl()
			.isEqualTo(base + "submit");
		applications.chooseUnit(applicant, id, version(id));

		assertThat(applications.submit(applicant, id, version(id)).problems())
			.extracting(Readiness.Problem::messageKey)
			.containsExactly("application.problem.reissue-evidence");
		attachments.upload(applicant.id(), id, AttachmentSection.REISSUE, "遗失声明.jpg", Filers.jpeg());
		assertThat(applications.submit(applicant, id, version(id)).ready()).isTrue();
		assertThat(status(id)).isEqualTo("SUBMITTED");
		ApplicationFile sent = applications.fileOf(applicant.id(), id).orElseThrow();
		assertThat(sent.reissue().certificateNo()).isEqualTo("粤高职证字（2019）0123");
		assertThat(sent.reissue().reason()).isEqualTo(ReissueReason.DETAILS_CHANGED);

		// No public notice for a reissue: the unit confirms it to the city bureau, which approves it.
		assertThatThrownBy(() -> reviews.startNotice(officer("demo-unit"), id, null, java.time.LocalDate.now(clock)))
			.isInstanceOf(WorkflowRefusedException.class);
		reviews.decide(officer("demo-unit"), id, null, WorkflowAction.CONFIRM_TO_CITY, null);
		assertThat(status(id)).isEqualTo("CITY_REVIEW");
		reviews.decide(officer("demo-city"), id, null, WorkflowAction.APPROVE, null);
		assertThat(status(id)).isEqualTo("PASSED");

		// The certificate named must be the applicant's own: here one issued in 2019, then reissued and replaced.
		assertThatThrownBy(() -> certificates.issueFor(id)).isInstanceOf(cn.zhicheng.portal.certificate.CertificateRefusedException.class);
		jdbc.update("""
				insert into certificate (number, holder_account_id, holder_name, title_name, level, review_year, issuer,
				    issued_on, source) values ('粤高职证字（2019）0123', ?, ?, '工程师', 'INTERMEDIATE', 2019, '清远市人社局',
				    date '2020-03-01', 'ISSUED')""", applicant.id(), applicant.displayName());
		CertificateView reissued = certificates.issueFor(id);
		assertThat(reissued.source()).isEqualTo(CertificateSource.REISSUED);
		assertThat(reissued.titleName()).isEqualTo("工程师");
		assertThat(reissued.number()).isNotEqualTo("粤高职证字（2019）0123");
		assertThat(certificates.findByNumber(applicant.displayName(), "粤高职证字（2019）0123")).get()
			.satisfies(old -> {
				assertThat(old.status()).isEqualTo(CertificateStatus.REPLACED);
				assertThat(old.replacedByNumber()).isEqualTo(reissued.number());
			});
	}

	@Test
	void aCommissionNamesTheOtherProvincesCommittee() throws Exception {
		PortalUser applicant = filers.completeApplicant("commission");
		long id = applications.start(applicant, ApplicationType.COMMISSIONED_EVALUATION, 2026);
		String base = "/applicant/applications/" + id + "/steps/";
		assertThat(mvc.post().uri(base + "declaration").with(user(applicant)).with(csrf())
			.param("version", String.valueOf(version(id))).param("seriesId", String.valueOf(filers.series()))
			.param("specialtyId", String.valueOf(filers.specialty("生态环境监测"))).param("targetLevel", "DEPUTY_SENIOR")
			.param("route", "NORMAL")).hasStatusOk()
			.bodyText()
			.contains("请填写受托省份")
			.contains("请填写受托评委会");
		applications.chooseUnit(applicant, id, version(id));
		applications.savePersonal(applicant.id(), id, version(id), new PersonalAnswers(LocalDate.of(2012, 7, 15),
				"环境监测", null, "工程师", TitleLevel.INTERMEDIATE, cn.zhicheng.portal.eligibility.ObtainedBy.EVALUATION,
				LocalDate.of(2019, 3, 1), 2018, null, null));
		chooseAll(applicant, id, RecordKind.EDUCATION, FilingStep.EDUCATION);
		applications.saveDeclaration(applicant.id(), id, version(id), new DeclarationAnswers(filers.series(),
				filers.specialty("生态环境监测"), TitleLevel.DEPUTY_SENIOR, null, Route.NORMAL, null, null, null, null,
				null, null, "湖南省", "湖南省工程系列生态环境专业高级职称评审委员会", "单位总部在湖南"));

		assertThat(applications.submit(applicant, id, version(id)).problems()).isEmpty();
		ApplicationFile sent = applications.fileOf(applicant.id(), id).orElseThrow();
		assertThat(sent.commission().province()).isEqualTo("湖南省");
		assertThat(sent.declaration().committeeId()).isNull();

		// Unit → city bureau → commissioned out; the other province's result is recorded by the city.
		reviews.decide(officer("demo-unit"), id, null, WorkflowAction.CONFIRM_TO_CITY, null);
		assertThatThrownBy(() -> reviews.decide(officer("demo-city"), id, null, WorkflowAction.APPROVE, null))
			.isInstanceOf(WorkflowRefusedException.class);
		assertThat(mvc.get().uri("/city/applications/" + id + "/commission-letter.pdf").with(user(officer("demo-city"))))
			.hasStatus(404);
		reviews.decide(officer("demo-city"), id, null, WorkflowAction.COMMISSION, null);
		assertThat(status(id)).isEqualTo("IN_COMMITTEE_REVIEW");
		var letter = mvc.get().uri("/city/applications/" + id + "/commission-letter.pdf")
			.with(user(officer("demo-city")))
			.exchange();
		assertThat(letter).hasStatusOk().hasContentType("application/pdf");
		byte[] pdf = letter.getResponse().getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "commission-letter.pdf"), pdf);
		String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf))
			.getTextFromPage(1);
		String idNumber = numbers.idNumber(applicant.id());
		assertThat(text).contains("职称委托评审函").contains("湖南省工程系列生态环境专业高级职称评审委员会")
			.contains(applicant.displayName())
			.doesNotContain(idNumber);
		reviews.decide(officer("demo-city"), id, null, WorkflowAction.RECORD_PASS, "湖南省高评委 湘职改〔2027〕3号 通过");
		assertThat(status(id)).isEqualTo("PASSED");
		CertificateView kept = certificates.issueFor(id);
		assertThat(kept.source()).isEqualTo(CertificateSource.COMMISSIONED);
		assertThat(kept.issuer()).isEqualTo("湖南省工程系列生态环境专业高级职称评审委员会");
	}

	private cn.zhicheng.portal.account.PortalUser officer(String username) {
		return (cn.zhicheng.portal.account.PortalUser) users.loadUserByUsername(username);
	}

	private void declare(PortalUser applicant, long id, TitleLevel level, Long committee) {
		applications.saveDeclaration(applicant.id(), id, version(id), new DeclarationAnswers(filers.series(),
				filers.specialty("生态环境监测"), level, committee, Route.NORMAL, null, null, null, null, null, null,
				null, null, null));
	}

	private void chooseAll(PortalUser applicant, long id, RecordKind kind, FilingStep step) {
		List<Long> ids = records.educations(applicant.id()).stream().map(StoredRecord::id).toList();
		applications.saveSelection(applicant.id(), id, version(id), step, kind, Set.copyOf(ids), ids);
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from application where id = ?", Long.class, id);
	}

	private String status(long id) {
		return jdbc.queryForObject("select status from application where id = ?", String.class, id);
	}

}
