package cn.zhicheng.portal.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.zhicheng.portal.eligibility.EligibilityRequest.CurrentTitle;
import cn.zhicheng.portal.eligibility.EligibilityRequest.Education;
import cn.zhicheng.portal.eligibility.Evidence.AppraisalYear;
import cn.zhicheng.portal.eligibility.Evidence.DatedAchievement;
import cn.zhicheng.portal.eligibility.Evidence.TrainingYear;
import cn.zhicheng.portal.eligibility.domain.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence of a file against the windows the engine applied (issue 5 part 4): 继续教育 and 年度考核 for each year
 * checked (DOMAIN.md §3), achievements inside 有效材料 (§2.3).
 */
class EvidenceCheckTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private final Eligibility engine = Engines.engine(EligibilityPolicy.defaults(), CLOCK);

	/** 本科 + 工程师 of the 2022年度 → 高级工程师 in 2027: 资历 and 材料 2023-01-01 to 2027-12-31, 5 years (§2.3). */
	private final EligibilityResult senior = engine.assess(evaluation(EducationLevel.BACHELOR,
			new CurrentTitle(Level.INTERMEDIATE, ObtainedBy.EVALUATION, LocalDate.of(2023, 4, 15), 2022),
			Level.ASSOCIATE_SENIOR, 2027));

	@Test
	void aCompleteFileHasNoFindings() {
		EvidenceFindings findings = engine.checkEvidence(senior, evidence(2023, 2027));
		assertThat(senior.eligible()).isTrue();
		assertThat(findings.yearsChecked()).containsExactly(2023, 2024, 2025, 2026, 2027);
		assertThat(findings.problems()).isEmpty();
		assertThat(findings.warnings()).isEmpty();
		assertThat(findings.outsideWindow()).isEmpty();
		assertThat(findings.satisfied()).isTrue();
	}

	@Test
	void tooFewProfessionalHoursAreAProblemOfThatYear() {
		EvidenceFindings findings = engine.checkEvidence(senior, withTraining(evidence(2023, 2027), 2025, 35, 55, 0));
		assertThat(findings.problems()).containsExactly("2025年度专业科目55学时，不足规定的60学时。");
		assertThat(findings.satisfied()).isFalse();
	}

	@Test
	void tooFewPublicHoursAreAProblemOfThatYear() {
		EvidenceFindings findings = engine.checkEvidence(senior, withTraining(evidence(2023, 2027), 2024, 20, 70, 0));
		assertThat(findings.problems()).containsExactly("2024年度公需科目20学时，不足规定的30学时。");
	}

	@Test
	void tooFewHoursInAllAreAProblemOfThatYear() {
		// With the default minima (30 + 60 = 90) the total cannot fall short alone; a notice with lower minima can.
		Eligibility lowerMinima = Engines.engine(
				new EligibilityPolicy("12-31", 2021, "09-01", new EligibilityPolicy.Hours(90, 50, 20)), CLOCK);
		EvidenceFindings findings = lowerMinima.checkEvidence(senior,
				withTraining(evidence(2023, 2027), 2026, 25, 55, 5));
		assertThat(findings.problems()).containsExactly("2026年度继续教育共85学时，不足规定的90学时。");
		assertThat(engine.checkEvidence(senior, withTraining(evidence(2023, 2027), 2026, 30, 59, 0)).problems())
			.containsExactly("2026年度继续教育共89学时，不足规定的90学时。", "2026年度专业科目59学时，不足规定的60学时。");
	}

	@Test
	void electiveHoursMakeUpTheTotal() {
		Eligibility lowerMinima = Engines.engine(
				new EligibilityPolicy("12-31", 2021, "09-01", new EligibilityPolicy.Hours(90, 50, 20)), CLOCK);
		assertThat(lowerMinima.checkEvidence(senior, withTraining(evidence(2023, 2027), 2026, 25, 55, 10)).problems())
			.isEmpty();
	}

	@Test
	void aYearWithoutTrainingIsNamed() {
		Evidence evidence = evidence(2023, 2027);
		evidence = new Evidence(without(evidence.trainings(), 2024), evidence.appraisals(), List.of());
		EvidenceFindings findings = engine.checkEvidence(senior, evidence);
		assertThat(findings.problems()).containsExactly("2024年度缺少继续教育记录。");
	}

	@Test
	void aYearWithoutAppraisalIsNamedAndLeavesTooFewPassedYears() {
		Evidence evidence = evidence(2023, 2027);
		List<AppraisalYear> appraisals = evidence.appraisals()
			.stream()
			.filter(appraisal -> appraisal.year() != 2025)
			.toList();
		EvidenceFindings findings = engine.checkEvidence(senior,
				new Evidence(evidence.trainings(), appraisals, List.of()));
		assertThat(findings.problems()).containsExactly("2025年度缺少年度考核记录。", "年度考核合格共4年，不足规定的5年。");
	}

	@ParameterizedTest
	@ValueSource(strings = { "基本合格", "不合格" })
	void anAppraisalBelowPassedIsNamed(String result) {
		Evidence evidence = withAppraisal(evidence(2023, 2027), 2026, result);
		EvidenceFindings findings = engine.checkEvidence(senior, evidence);
		assertThat(findings.problems()).containsExactly("2026年度考核未达到合格（基本合格、不合格均不计）。",
				"年度考核合格共4年，不足规定的5年。");
	}

	@ParameterizedTest
	@ValueSource(strings = { "优秀", "合格" })
	void excellentAndPassedBothPass(String result) {
		assertThat(engine.checkEvidence(senior, withAppraisal(evidence(2023, 2027), 2026, result)).problems())
			.isEmpty();
	}

	@Test
	void aShortWindowCannotGiveEnoughPassedYearsButIsStillChecked() {
		// 工程师 of the 2023年度 → 资历 from 2024-01-01; in 2025 that is 2 of the 5 years (§2.3).
		EligibilityResult early = engine.assess(evaluation(EducationLevel.BACHELOR,
				new CurrentTitle(Level.INTERMEDIATE, ObtainedBy.EVALUATION, LocalDate.of(2024, 5, 1), 2023),
				Level.ASSOCIATE_SENIOR, 2025));
		assertThat(early.eligible()).isFalse();
		EvidenceFindings findings = engine.checkEvidence(early, evidence(2020, 2025));
		assertThat(findings.yearsChecked()).containsExactly(2024, 2025);
		assertThat(findings.problems()).containsExactly("年度考核合格共2年，不足规定的5年。");
		assertThat(engine.checkEvidence(early, evidence(2025, 2025)).problems()).containsExactly(
				"2024年度缺少继续教育记录。", "2024年度缺少年度考核记录。", "年度考核合格共1年，不足规定的5年。");
	}

	@Test
	void achievementsOutsideTheMaterialsWindowAreFlaggedButDoNotBlock() {
		List<DatedAchievement> achievements = List.of(
				new DatedAchievement(1, "旧论文", LocalDate.of(2022, 12, 31)),
				new DatedAchievement(2, "首日专利", LocalDate.of(2023, 1, 1)),
				new DatedAchievement(3, "末日获奖", LocalDate.of(2027, 12, 31)),
				new DatedAchievement(4, "新标准", LocalDate.of(2028, 1, 1)));
		Evidence evidence = evidence(2023, 2027);
		EvidenceFindings findings = engine.checkEvidence(senior,
				new Evidence(evidence.trainings(), evidence.appraisals(), achievements));
		assertThat(findings.outsideWindow()).containsExactly(1L, 4L);
		assertThat(findings.warnings()).containsExactly(
				"成果《旧论文》（2022-12-31）不在有效材料时段2023-01-01至2027-12-31内，不予计算。",
				"成果《新标准》（2028-01-01）不在有效材料时段2023-01-01至2027-12-31内，不予计算。");
		assertThat(findings.problems()).isEmpty();
		assertThat(findings.satisfied()).isTrue();
	}

	@Test
	void withoutAWindowNothingIsFlaggedAndTheLastYearIsChecked() {
		// Skipping a level is refused before any counting: no 资历 start, no materials window.
		EligibilityResult refused = engine.assess(evaluation(EducationLevel.BACHELOR,
				new CurrentTitle(Level.ASSISTANT, ObtainedBy.EXAM, LocalDate.of(2015, 1, 1), null),
				Level.ASSOCIATE_SENIOR, 2025));
		assertThat(refused.materialsWindow()).isNull();
		Evidence evidence = new Evidence(List.of(), List.of(),
				List.of(new DatedAchievement(7, "很久以前", LocalDate.of(1999, 1, 1))));
		EvidenceFindings findings = engine.checkEvidence(refused, evidence);
		assertThat(findings.outsideWindow()).isEmpty();
		assertThat(findings.warnings()).isEmpty();
		assertThat(findings.yearsChecked()).containsExactly(2025);
		assertThat(findings.problems()).containsExactly("2025年度缺少继续教育记录。", "2025年度缺少年度考核记录。",
				"年度考核合格共0年，不足规定的1年。");
	}

	@Test
	void aConfiguredNumberOfYearsOverridesTheRule() {
		Eligibility lastThree = Engines.engine(EligibilityPolicy.defaults().withEvidenceYears(3), CLOCK);
		EvidenceFindings findings = lastThree.checkEvidence(senior, evidence(2025, 2027));
		assertThat(findings.yearsChecked()).containsExactly(2025, 2026, 2027);
		assertThat(findings.problems()).isEmpty();
		assertThat(engine.checkEvidence(senior, evidence(2025, 2027)).problems()).contains("2023年度缺少继续教育记录。",
				"2024年度缺少年度考核记录。", "年度考核合格共3年，不足规定的5年。");
		// More years than the window holds cannot all be passed.
		Eligibility lastEight = Engines.engine(EligibilityPolicy.defaults().withEvidenceYears(8), CLOCK);
		EvidenceFindings longer = lastEight.checkEvidence(senior, evidence(2018, 2027));
		assertThat(longer.yearsChecked()).containsExactly(2023, 2024, 2025, 2026, 2027);
		assertThat(longer.problems()).containsExactly("年度考核合格共5年，不足规定的8年。");
	}

	@Test
	void evidenceYearsAreBoundFromConfiguration() {
		EligibilityPolicy bound = bind(Map.of("portal.eligibility.evidence-years", "3"));
		assertThat(bound.evidenceYears()).isEqualTo(3);
		assertThat(bound.continuingEducation()).isEqualTo(new EligibilityPolicy.Hours(90, 60, 30));
		assertThat(bind(Map.of("portal.eligibility.cutoff", "12-31")).evidenceYears()).isZero();
	}

	@Test
	void anOldTitlesMaterialsStartOnTheFirstOfSeptember() {
		// 助理工程师 of the 2020年度: 资历 from 2020-01-01, 材料 from 2020-09-01; 工程师 in 2023 (§2.3).
		EligibilityResult old = engine.assess(evaluation(EducationLevel.BACHELOR,
				new CurrentTitle(Level.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2021, 5, 1), 2020),
				Level.INTERMEDIATE, 2023));
		List<DatedAchievement> achievements = List.of(new DatedAchievement(1, "八月论文", LocalDate.of(2020, 8, 31)),
				new DatedAchievement(2, "九月论文", LocalDate.of(2020, 9, 1)));
		Evidence evidence = evidence(2020, 2023);
		EvidenceFindings findings = engine.checkEvidence(old,
				new Evidence(evidence.trainings(), evidence.appraisals(), achievements));
		assertThat(findings.yearsChecked()).containsExactly(2020, 2021, 2022, 2023);
		assertThat(findings.problems()).isEmpty();
		assertThat(findings.outsideWindow()).containsExactly(1L);
		assertThat(findings.warnings()).singleElement().asString().contains("八月论文", "2020-09-01至2023-12-31");
	}

	@Test
	void aTitleOfThe2021ReviewYearCountsFromTheNextJanuary() {
		// 助理工程师 of the 2021年度: 资历 and 材料 from 2022-01-01; 工程师 in 2025 (§2.3).
		EligibilityResult recent = engine.assess(evaluation(EducationLevel.BACHELOR,
				new CurrentTitle(Level.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2022, 5, 1), 2021),
				Level.INTERMEDIATE, 2025));
		List<DatedAchievement> achievements = List.of(new DatedAchievement(1, "年末论文", LocalDate.of(2021, 12, 31)),
				new DatedAchievement(2, "年初论文", LocalDate.of(2022, 1, 1)));
		Evidence evidence = evidence(2022, 2025);
		EvidenceFindings findings = engine.checkEvidence(recent,
				new Evidence(evidence.trainings(), evidence.appraisals(), achievements));
		assertThat(findings.yearsChecked()).containsExactly(2022, 2023, 2024, 2025);
		assertThat(findings.problems()).isEmpty();
		assertThat(findings.outsideWindow()).containsExactly(1L);
	}

	@Test
	void aDuplicatedYearCountsOnce() {
		Evidence complete = evidence(2023, 2027);
		List<TrainingYear> trainings = new ArrayList<>(complete.trainings());
		trainings.add(new TrainingYear(2024, 0, 0, 0));
		List<AppraisalYear> appraisals = new ArrayList<>(without(complete.appraisals(), 2027));
		appraisals.add(new AppraisalYear(2026, true));
		EvidenceFindings findings = engine.checkEvidence(senior, new Evidence(trainings, appraisals, List.of()));
		assertThat(findings.problems()).containsExactly("2027年度缺少年度考核记录。", "年度考核合格共4年，不足规定的5年。");
	}

	@Test
	void initialRecognitionChecksTheYearsEndedSinceWorkStarted() {
		// Assessed on 1 August 2025: the 2025 certificate and appraisal do not exist yet, so 2024 is the last year.
		EligibilityResult bachelor = engine.assess(recognition(EducationLevel.BACHELOR, LocalDate.of(2024, 7, 1),
				Level.ASSISTANT, LocalDate.of(2025, 8, 1)));
		assertThat(bachelor.eligible()).isTrue();
		assertThat(engine.checkEvidence(bachelor, evidence(2024, 2024)).problems()).isEmpty();
		assertThat(engine.checkEvidence(bachelor, evidence(2024, 2024)).yearsChecked()).containsExactly(2024);
		assertThat(engine.checkEvidence(bachelor, evidence(2023, 2023)).problems())
			.contains("2024年度缺少继续教育记录。");
		// A master in post since July asks for no year at all.
		EligibilityResult master = engine.assess(recognition(EducationLevel.MASTER, LocalDate.of(2025, 7, 1),
				Level.ASSISTANT, LocalDate.of(2025, 8, 1)));
		EvidenceFindings fresh = engine.checkEvidence(master, new Evidence(List.of(), List.of(), List.of()));
		assertThat(fresh.yearsChecked()).isEmpty();
		assertThat(fresh.satisfied()).isTrue();
	}

	/** Good evidence for each year from {@code first} to {@code last}: 30 公需 + 60 专业, appraised 合格. */
	private static Evidence evidence(int first, int last) {
		List<TrainingYear> trainings = IntStream.rangeClosed(first, last)
			.mapToObj(year -> new TrainingYear(year, 30, 60, 0))
			.toList();
		List<AppraisalYear> appraisals = IntStream.rangeClosed(first, last)
			.mapToObj(year -> new AppraisalYear(year, true))
			.toList();
		return new Evidence(trainings, appraisals, List.of());
	}

	private static Evidence withTraining(Evidence evidence, int year, int publicHours, int professionalHours,
			int electiveHours) {
		List<TrainingYear> trainings = new ArrayList<>(without(evidence.trainings(), year));
		trainings.add(new TrainingYear(year, publicHours, professionalHours, electiveHours));
		return new Evidence(trainings, evidence.appraisals(), evidence.achievements());
	}

	/** The records module's four results; only 合格 or better passes (DOMAIN.md §6.3 五). */
	private static Evidence withAppraisal(Evidence evidence, int year, String result) {
		List<AppraisalYear> appraisals = new ArrayList<>(without(evidence.appraisals(), year));
		appraisals.add(new AppraisalYear(year, result.equals("优秀") || result.equals("合格")));
		return new Evidence(evidence.trainings(), appraisals, evidence.achievements());
	}

	private static <T> List<T> without(List<T> entries, int year) {
		return entries.stream().filter(entry -> yearOf(entry) != year).toList();
	}

	private static int yearOf(Object entry) {
		return switch (entry) {
			case TrainingYear training -> training.year();
			case AppraisalYear appraisal -> appraisal.year();
			default -> throw new IllegalArgumentException(entry.toString());
		};
	}

	private static EligibilityPolicy bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("portal.eligibility",
				EligibilityPolicy.class);
	}

	private static EligibilityRequest evaluation(EducationLevel education, CurrentTitle title, Level target,
			int reviewYear) {
		return new EligibilityRequest(ApplicationType.EVALUATION, null, target, reviewYear, null,
				new Education(education, true, null, false), LocalDate.of(2005, 7, 1), title);
	}

	private static EligibilityRequest recognition(EducationLevel education, LocalDate workStartedOn, Level target,
			LocalDate asOf) {
		return new EligibilityRequest(ApplicationType.INITIAL_RECOGNITION, null, target, null, asOf,
				new Education(education, true, null, false), workStartedOn, null);
	}

}
