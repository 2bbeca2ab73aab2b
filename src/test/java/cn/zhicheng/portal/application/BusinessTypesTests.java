package cn.zhicheng.portal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.attachment.AttachmentSection;
import cn.zhicheng.portal.application.attachment.AttachmentService;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.catalog.TitleLevel;
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
	PersonalRecords records;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

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
			.param("reason", "LOST").param("next", "1")).redirectedUrl().isEqualTo(base + "submit");
		applications.chooseUnit(applicant, id, version(id));

		assertThat(applications.submit(applicant, id, version(id)).problems())
			.extracting(Readiness.Problem::messageKey)
			.containsExactly("application.problem.reissue-evidence");
		attachments.upload(applicant.id(), id, AttachmentSection.REISSUE, "遗失声明.jpg", Filers.jpeg());
		assertThat(applications.submit(applicant, id, version(id)).ready()).isTrue();
		assertThat(status(id)).isEqualTo("SUBMITTED");
		ApplicationFile sent = applications.fileOf(applicant.id(), id).orElseThrow();
		assertThat(sent.reissue().certificateNo()).isEqualTo("粤高职证字（2019）0123");
		assertThat(sent.reissue().reason()).isEqualTo(ReissueReason.LOST);
	}

	@Test
	void aCommissionNamesTheOtherProvincesCommittee() {
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
