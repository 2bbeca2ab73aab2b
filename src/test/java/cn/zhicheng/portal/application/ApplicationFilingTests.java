package cn.zhicheng.portal.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.domain.ApplicationService;
import cn.zhicheng.portal.application.domain.ReturnReasonInput;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.notification.NotificationView;
import cn.zhicheng.portal.records.PersonalRecords;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.StoredRecord;
import cn.zhicheng.portal.records.WorkEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An evaluation filed through the wizard's pages as an applicant would: each step saved, the check that blocks an
 * ineligible or incomplete file and says why, submit, withdraw, resubmit; bad input kept on the page; the one-active
 * rule; another person's application and records out of reach.
 */
@PortalTest
class ApplicationFilingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationService applications;

	@Autowired
	PersonalRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	cn.zhicheng.portal.application.domain.ReviewService reviews;

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
	void evaluationIsFiledStepByStepAndSubmittedToTheUnit() {
		PortalUser applicant = filers.completeApplicant("filing");
		MvcTestResult started = post(applicant, "/applicant/applications",
				Map.of("type", "EVALUATION", "reviewYear", "2026"));
		assertThat(started).hasStatus3xxRedirection();
		long id = newest(applicant);
		assertThat(started).redirectedUrl().isEqualTo("/applicant/applications/" + id + "/steps/unit");

		fileCompletely(applicant, id);

		assertThat(applications.readiness(applicant.id(), id).problems()).isEmpty();
		assertThat(get(applicant, "/applicant/applications/" + id + "/steps/review-form")).hasStatusOk()
			.bodyText()
			.contains("材料已齐全，符合提交条件")
			.contains("符合正常申报条件");
		MvcTestResult unconfirmed = post(applicant, "/applicant/applications/" + id + "/steps/submit",
				Map.of("version", version(id)));
		assertThat(unconfirmed).hasStatusOk().bodyText().contains("请确认已下载并核对评审表");
		assertThat(status(id)).isEqualTo("DRAFT");

		MvcTestResult submitted = post(applicant, "/applicant/applications/" + id + "/steps/submit",
				Map.of("version", version(id), "confirmed", "1"));
		assertThat(submitted).redirectedUrl().isEqualTo("/applicant/applications/" + id);
		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(get(applicant, "/applicant/applications/" + id)).hasStatusOk()
			.bodyText()
			.contains("已提交，待单位审核")
			.contains("提交申请");
		assertThat(get(applicant, "/applicant/applications")).hasStatusOk().bodyText().contains(number(id));
		assertThat(applications.history(applicant.id(), id)).extracting(HistoryEntry::action)
			.containsExactly(WorkflowAction.SUBMIT);
	}

	/** Found by the two-instance browser test (issue #11): a date printed in the locale's style showed as empty. */
	@Test
	void aSavedStepShowsItsDatesBackInTheirDateFields() throws Exception {
		PortalUser applicant = filers.completeApplicant("dates");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/personal", personal(id, "环境监测")))
			.hasStatus3xxRedirection();
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.US)) {
			Document page = Jsoup.parse(mvc.get().uri("/applicant/applications/" + id + "/steps/personal")
				.with(user(applicant)).locale(locale).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.selectFirst("input#workStartedOn[type=date]").val()).as(locale.toString())
				.isEqualTo("2012-07-15");
			assertThat(page.selectFirst("input#titleObtainedOn[type=date]").val()).as(locale.toString())
				.isEqualTo("2021-03-10");
		}
	}

	@Test
	void anIneligibleNormalRouteFileIsBlockedSayingWhy() {
		PortalUser applicant = filers.completeApplicant("ineligible");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		fileCompletely(applicant, id);
		// 助理工程师 of 2023年度 counts from 2024-01-01: three years by the end of 2026, 本科 needs four.
		Map<String, String> recent = new java.util.HashMap<>(personal(id, "环境监测"));
		recent.putAll(Map.of("titleObtainedOn", "2024-03-10", "titleEvaluationYear", "2023"));
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/personal", recent))
			.hasStatus3xxRedirection();
		Readiness readiness = applications.readiness(applicant.id(), id);
		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.problems()).extracting(Readiness.Problem::messageKey)
			.contains("application.problem.eligibility");

		MvcTestResult refused = post(applicant, "/applicant/applications/" + id + "/steps/submit",
				Map.of("version", version(id), "confirmed", "1"));
		assertThat(refused).hasStatusOk().bodyText().contains("提交前还需处理以下问题").contains("2024-01-01");
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void aMissingYearOfTrainingOrAppraisalSendsTheApplicantToThatStep() {
		PortalUser applicant = filers.completeApplicant("evidence");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		fileCompletely(applicant, id);
		String without2025 = String.join(",", jdbc.queryForList(
				"select id::text from training_record where owner_id = ? and year <> 2025", String.class, applicant.id()));
		post(applicant, "/applicant/applications/" + id + "/steps/training",
				Map.of("version", version(id), "chosen", without2025));
		String appraisalsWithout2024 = String.join(",", jdbc.queryForList(
				"select id::text from appraisal_record where owner_id = ? and year <> 2024", String.class, applicant.id()));
		post(applicant, "/applicant/applications/" + id + "/steps/appraisal",
				Map.of("version", version(id), "chosen", appraisalsWithout2024));

		Readiness readiness = applications.readiness(applicant.id(), id);
		assertThat(readiness.problems()).filteredOn(p -> p.step() == FilingStep.TRAINING)
			.extracting(Readiness.Problem::argument)
			.containsExactly("2025年度缺少继续教育记录。");
		assertThat(readiness.problems()).filteredOn(p -> p.step() == FilingStep.APPRAISAL)
			.extracting(Readiness.Problem::argument)
			.contains("2024年度缺少年度考核记录。");
	}

	@Test
	void theExceptionalRouteNeedsTwoRecommendersWithTitleAndUnit() {
		PortalUser applicant = filers.completeApplicant("exceptional");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		Map<String, String> form = new java.util.HashMap<>(declaration(id, "INTERMEDIATE",
				filers.committee("清远市工程系列生态环境专业中级职称评审委员会")));
		form.put("route", "EXCEPTIONAL");
		form.put("recommender1Name", "张教授");
		MvcTestResult incomplete = post(applicant, "/applicant/applications/" + id + "/steps/declaration", form);
		assertThat(incomplete).hasStatusOk()
			.bodyText()
			.contains("破格申报请填写此项")
			.contains("张教授");
		form.putAll(Map.of("recommender1Title", "正高级工程师", "recommender1Unit", "广东省环境监测中心",
				"recommender2Name", "李研究员", "recommender2Title", "正高级工程师", "recommender2Unit", "华南环科所"));
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/declaration", form))
			.hasStatus3xxRedirection();
		assertThat(applications.fileOf(applicant.id(), id).orElseThrow().declaration().recommenders())
			.extracting(ApplicationFile.Recommender::name)
			.containsExactly("张教授", "李研究员");
	}

	@Test
	void aWithdrawnFileCanBeChangedAndSubmittedAgain() {
		PortalUser applicant = filers.completeApplicant("withdraw");
		long id = submitted(applicant);

		assertThat(post(applicant, "/applicant/applications/" + id + "/withdraw", Map.of()))
			.redirectedUrl()
			.isEqualTo("/applicant/applications/" + id);
		assertThat(status(id)).isEqualTo("WITHDRAWN");
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/personal",
				personal(id, "生态环境监测与评价"))).hasStatus3xxRedirection();
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/submit",
				Map.of("version", version(id), "confirmed", "1")))
			.hasStatus3xxRedirection();
		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(applications.history(applicant.id(), id)).extracting(HistoryEntry::action)
			.containsExactly(WorkflowAction.SUBMIT, WorkflowAction.WITHDRAW, WorkflowAction.RESUBMIT);
	}

	/**
	 * The return form takes five reasons of 500 characters: together longer than the history row's 2000. Found by the
	 * XSS browser test as a failed insert (a 500); the reasons are kept whole, the history keeps a shortened summary,
	 * and a single free-text reason too long for the history is refused with a message.
	 */
	@Test
	void fiveFullReturnReasonsAreKeptWholeAndAReasonTooLongForTheHistoryIsRefused() {
		PortalUser applicant = filers.completeApplicant("long-reason");
		long id = submitted(applicant);
		assertThatThrownBy(() -> applications.apply(id, WorkflowAction.WITHDRAW, applicant, "撤".repeat(2001)))
			.isInstanceOfSatisfying(WorkflowRefusedException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("application.refused.reason-too-long"));
		assertThat(status(id)).isEqualTo("SUBMITTED");

		PortalUser officer = (PortalUser) users.loadUserByUsername("demo-unit");
		reviews.returnToApplicant(officer, id, null, List.of(FilingStep.PERSONAL, FilingStep.EDUCATION,
				FilingStep.TRAINING, FilingStep.ACHIEVEMENTS, FilingStep.APPRAISAL)
			.stream()
			.map(step -> new ReturnReasonInput(step, "补".repeat(500)))
			.toList(), null);

		assertThat(status(id)).isEqualTo("RETURNED");
		assertThat(jdbc.queryForList("select length(text) from return_reason where application_id = ?", Integer.class,
				id)).containsExactly(500, 500, 500, 500, 500);
		assertThat(applications.history(applicant.id(), id).getLast().reason()).hasSize(2000).endsWith("…");
	}

	@Test
	void aReturnedFileCanBeFixedAndResubmittedAndEveryoneIsTold() {
		PortalUser applicant = filers.completeApplicant("returned");
		long id = submitted(applicant);
		PortalUser officer = (PortalUser) users.loadUserByUsername("demo-unit");
		assertThat(inbox.recentFor(officer.id(), 20)).extracting(NotificationView::text)
			.anyMatch(text -> text.contains(number(id)) && text.contains("提交了职称申报"));

		PortalUser stranger = filers.applicant("stranger");
		assertThatThrownBy(() -> applications.apply(id, WorkflowAction.RETURN_TO_APPLICANT, stranger, "越权"))
			.isInstanceOf(ApplicationNotFoundException.class);
		assertThatThrownBy(() -> reviews.returnToApplicant(officer, id, null,
				List.of(new ReturnReasonInput(FilingStep.APPRAISAL, " ")), null))
			.isInstanceOf(WorkflowRefusedException.class);
		reviews.returnToApplicant(officer, id, null,
				List.of(new ReturnReasonInput(FilingStep.APPRAISAL, "缺少2024年度考核表")), null);
		assertThat(status(id)).isEqualTo("RETURNED");
		assertThat(inbox.recentFor(applicant.id(), 5)).extracting(NotificationView::text)
			.anyMatch(text -> text.contains("缺少2024年度考核表"));
		assertThat(get(applicant, "/applicant/applications/" + id)).hasStatusOk()
			.bodyText()
			.contains("退回原因")
			.contains("缺少2024年度考核表");

		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/personal", personal(id, "改后的专业")))
			.hasStatus3xxRedirection();
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/submit",
				Map.of("version", version(id), "confirmed", "1")))
			.hasStatus3xxRedirection();
		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(applications.fileForUnit(officer, id).orElseThrow().personal().currentSpecialty())
			.isEqualTo("改后的专业");
		assertThat(applications.history(applicant.id(), id)).extracting(HistoryEntry::action)
			.containsExactly(WorkflowAction.SUBMIT, WorkflowAction.RETURN_TO_APPLICANT, WorkflowAction.RESUBMIT);
		assertThat(applications.history(applicant.id(), id).get(1).reason()).isEqualTo("缺少2024年度考核表");
	}

	@Test
	void aSubmittedFileCannotBeChangedByAnyPage() {
		PortalUser applicant = filers.completeApplicant("frozen");
		long id = submitted(applicant);
		String before = jdbc.queryForObject("select current_specialty from application where id = ?", String.class, id);

		MvcTestResult refused = post(applicant, "/applicant/applications/" + id + "/steps/personal",
				personal(id, "被篡改的专业"));
		assertThat(refused).hasStatusOk().bodyText().contains("该申请已提交，当前不可修改");
		assertThat(jdbc.queryForObject("select current_specialty from application where id = ?", String.class, id))
			.isEqualTo(before);
		assertThat(post(applicant, "/applicant/applications/" + id + "/abandon", Map.of())).hasStatus3xxRedirection();
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void theSentFileIsFrozenWhileTheApplicantEditsTheirRecords() {
		PortalUser applicant = filers.completeApplicant("snapshot");
		long id = submitted(applicant);
		StoredRecord<WorkEntry> work = records.work(applicant.id()).getFirst();
		WorkEntry entry = work.entry();
		records.update(applicant.id(), work.id(), work.version(), new WorkEntry("另一家单位", entry.startedOn(),
				entry.endedOn(), entry.position(), entry.workContent(), entry.witness()));

		ApplicationFile file = applications.fileOf(applicant.id(), id).orElseThrow();
		assertThat(file.works()).extracting(r -> r.entry().unitName()).containsExactly("清远市清城区环境监测站");
		assertThat(file.header().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void badInputStaysOnThePageWithTheMessageBesideTheField() {
		PortalUser applicant = filers.completeApplicant("badinput");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		MvcTestResult result = post(applicant, "/applicant/applications/" + id + "/steps/personal",
				Map.of("version", version(id), "workStartedOn", "2099-01-01", "currentSpecialty", "水质监测",
						"titleLevel", "ASSISTANT", "titleObtainedBy", "EVALUATION"));
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("日期不能晚于今天")
			.contains("请填写现职称的取得时间")
			.contains("经评审取得的职称，请填写其评审年度");
		assertThat(result).body().asString()
			.contains("value=\"水质监测\"")
			.contains("id=\"titleObtainedOn-error\"")
			.contains("aria-describedby=\"titleObtainedOn-error");
		assertThat(jdbc.queryForObject("select current_specialty from application where id = ?", String.class, id))
			.isNull();

		MvcTestResult notADate = post(applicant, "/applicant/applications/" + id + "/steps/personal",
				Map.of("version", version(id), "workStartedOn", "去年"));
		assertThat(notADate).hasStatusOk().bodyText().doesNotContain("Exception");
	}

	@Test
	void badInputOnTheOtherStepsIsNamedToo() {
		PortalUser applicant = filers.completeApplicant("badsteps");
		assertThat(post(applicant, "/applicant/applications", Map.of("reviewYear", "1999"))).hasStatusOk()
			.bodyText()
			.contains("请选择业务类型")
			.contains("请从列表中选择评审年度");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/education",
				Map.of("version", version(id), "chosen", "abc"))).hasStatusOk()
			.bodyText()
			.contains("所选记录无效");
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/declaration",
				Map.of("version", version(id), "targetLevel", "NONSENSE"))).hasStatusOk()
			.bodyText()
			.contains("请选择申报系列")
			.contains("请选择申报专业");
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/declaration",
				declaration(id, "INTERMEDIATE", filers.committee("清远市工程系列生态环境专业初级职称评审委员会"))))
			.hasStatusOk()
			.bodyText()
			.contains("所选评委会当前不受理该专业、层级或评审年度的申报");
		assertThat(jdbc.queryForObject("select target_level from application where id = ?", String.class, id))
			.isNull();
	}

	@Test
	void anOlderPageCannotOverwriteANewerSave() {
		PortalUser applicant = filers.completeApplicant("stale");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		String old = version(id);
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/personal", personal(id, "第一次")))
			.hasStatus3xxRedirection();
		Map<String, String> stale = new java.util.HashMap<>(personal(id, "旧页面"));
		stale.put("version", old);
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/personal", stale)).hasStatusOk()
			.bodyText()
			.contains("该申请已在其他页面或窗口中修改");
		assertThat(jdbc.queryForObject("select current_specialty from application where id = ?", String.class, id))
			.isEqualTo("第一次");
	}

	@Test
	void onlyOneActiveApplicationPerTypeAndReviewYear() {
		PortalUser applicant = filers.completeApplicant("oneactive");
		long first = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		MvcTestResult again = post(applicant, "/applicant/applications",
				Map.of("type", "EVALUATION", "reviewYear", "2026"));
		assertThat(again).hasStatusOk()
			.bodyText()
			.contains("已有一个同类型的申请正在办理");
		assertThat(again).body().asString().contains("/applicant/applications/" + first);
		assertThat(post(applicant, "/applicant/applications", Map.of("type", "CERTIFICATE_REISSUE", "reviewYear", "2026")))
			.hasStatus3xxRedirection();

		post(applicant, "/applicant/applications/" + first + "/abandon", Map.of());
		assertThat(status(first)).isEqualTo("ABANDONED");
		assertThat(post(applicant, "/applicant/applications", Map.of("type", "EVALUATION", "reviewYear", "2026")))
			.hasStatus3xxRedirection();
	}

	@Test
	void anotherApplicantsApplicationIsNotFound() {
		PortalUser owner = filers.completeApplicant("owner");
		PortalUser intruder = filers.completeApplicant("intruder");
		long id = applications.start(owner, ApplicationType.EVALUATION, 2026);
		for (String path : List.of("", "/steps/unit", "/steps/personal", "/steps/education", "/steps/declaration",
				"/steps/review-form", "/steps/submit")) {
			assertThat(get(intruder, "/applicant/applications/" + id + path)).hasStatus(404);
		}
		assertThat(post(intruder, "/applicant/applications/" + id + "/steps/personal", personal(id, "入侵")))
			.hasStatus(404);
		assertThat(post(intruder, "/applicant/applications/" + id + "/abandon", Map.of())).hasStatus(404);
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void aCraftedSelectionCannotPullInSomeoneElsesRecord() {
		PortalUser applicant = filers.completeApplicant("crafted");
		PortalUser other = filers.completeApplicant("victim");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		long foreign = records.educations(other.id()).getFirst().id();
		long own = records.educations(applicant.id()).getFirst().id();
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/education",
				Map.of("version", version(id), "chosen", foreign + "," + own))).hasStatus3xxRedirection();
		assertThat(applications.chosen(applicant.id(), id, RecordKind.EDUCATION)).containsExactly(own);
	}

	@Test
	void otherRolesCannotOpenTheApplicantsPages() {
		PortalUser applicant = filers.completeApplicant("roles");
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		PortalUser officer = (PortalUser) users.loadUserByUsername("demo-unit");
		assertThat(get(officer, "/applicant/applications/" + id)).hasStatus(403);
		assertThat(mvc.post().uri("/applicant/applications/" + id + "/withdraw").with(user(applicant))).hasStatus(403);
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	/** Every step of an evaluation for 工程师 (中级) with the 清远 中级 committee, saved with 保存并下一步. */
	private void fileCompletely(PortalUser applicant, long id) {
		String base = "/applicant/applications/" + id + "/steps/";
		assertThat(post(applicant, base + "unit", Map.of("version", version(id), "next", "1")))
			.redirectedUrl()
			.isEqualTo(base + "personal");
		assertThat(post(applicant, base + "personal", withNext(personal(id, "环境监测")))).redirectedUrl()
			.isEqualTo(base + "education");
		String education = ids(applicant, "education_record");
		String work = ids(applicant, "work_record");
		assertThat(post(applicant, base + "education",
				Map.of("version", version(id), "chosen", education, "chosenWork", work, "next", "1")))
			.redirectedUrl()
			.isEqualTo(base + "training");
		assertThat(post(applicant, base + "training",
				Map.of("version", version(id), "chosen", ids(applicant, "training_record"), "next", "1")))
			.redirectedUrl()
			.isEqualTo(base + "before");
		assertThat(post(applicant, base + "before", Map.of("version", version(id), "skip", "1"))).redirectedUrl()
			.isEqualTo(base + "achievements");
		assertThat(post(applicant, base + "achievements", Map.of("version", version(id), "chosen",
				ids(applicant, "achievement_record"), "summary", "负责自动站运维。", "next", "1")))
			.redirectedUrl()
			.isEqualTo(base + "appraisal");
		assertThat(post(applicant, base + "appraisal",
				Map.of("version", version(id), "chosen", ids(applicant, "appraisal_record"), "next", "1")))
			.redirectedUrl()
			.isEqualTo(base + "declaration");
		assertThat(post(applicant, base + "declaration", withNext(declaration(id, "INTERMEDIATE",
				filers.committee("清远市工程系列生态环境专业中级职称评审委员会")))))
			.redirectedUrl()
			.isEqualTo(base + "review-form");
	}

	private long submitted(PortalUser applicant) {
		long id = applications.start(applicant, ApplicationType.EVALUATION, 2026);
		fileCompletely(applicant, id);
		assertThat(post(applicant, "/applicant/applications/" + id + "/steps/submit",
				Map.of("version", version(id), "confirmed", "1")))
			.hasStatus3xxRedirection();
		assertThat(status(id)).isEqualTo("SUBMITTED");
		return id;
	}

	private Map<String, String> personal(long id, String specialty) {
		return Map.of("version", version(id), "workStartedOn", "2012-07-15", "currentSpecialty", specialty,
				"titleName", "助理工程师", "titleLevel", "ASSISTANT", "titleObtainedBy", "EVALUATION",
				"titleObtainedOn", "2021-03-10", "titleEvaluationYear", "2020");
	}

	private Map<String, String> declaration(long id, String level, Long committee) {
		Map<String, String> form = new java.util.HashMap<>(Map.of("version", version(id), "seriesId",
				String.valueOf(filers.series()), "specialtyId", String.valueOf(filers.specialty("生态环境监测")),
				"targetLevel", level, "route", "NORMAL"));
		if (committee != null) {
			form.put("committeeId", String.valueOf(committee));
		}
		return form;
	}

	private static Map<String, String> withNext(Map<String, String> form) {
		Map<String, String> next = new java.util.HashMap<>(form);
		next.put("next", "1");
		return next;
	}

	private String ids(PortalUser applicant, String table) {
		return String.join(",", jdbc.queryForList("select id::text from " + table + " where owner_id = ?",
				String.class, applicant.id()));
	}

	private long newest(PortalUser applicant) {
		return jdbc.queryForObject("select max(id) from application where applicant_id = ?", Long.class,
				applicant.id());
	}

	private String version(long id) {
		return String.valueOf(jdbc.queryForObject("select version from application where id = ?", Long.class, id));
	}

	private String status(long id) {
		return jdbc.queryForObject("select status from application where id = ?", String.class, id);
	}

	private String number(long id) {
		return jdbc.queryForObject("select number from application where id = ?", String.class, id);
	}

	private MvcTestResult get(PortalUser as, String uri) {
		return mvc.get().uri(uri).with(user(as)).exchange();
	}

	private MvcTestResult post(PortalUser as, String uri, Map<String, String> params) {
		MockMvcRequestBuilder request = mvc.post().uri(uri).with(user(as)).with(csrf());
		params.forEach((name, value) -> {
			for (String part : name.startsWith("chosen") ? value.split(",") : new String[] { value }) {
				request.param(name, part);
			}
		});
		return request.exchange();
	}

}
