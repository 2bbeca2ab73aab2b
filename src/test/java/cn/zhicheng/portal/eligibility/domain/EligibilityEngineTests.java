package cn.zhicheng.portal.eligibility.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import cn.zhicheng.portal.eligibility.ApplicationType;
import cn.zhicheng.portal.eligibility.EducationLevel;
import cn.zhicheng.portal.eligibility.EligibilityPolicy;
import cn.zhicheng.portal.eligibility.EligibilityRequest;
import cn.zhicheng.portal.eligibility.EligibilityRequest.CurrentTitle;
import cn.zhicheng.portal.eligibility.EligibilityRequest.Education;
import cn.zhicheng.portal.eligibility.EligibilityResult;
import cn.zhicheng.portal.eligibility.Level;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import cn.zhicheng.portal.eligibility.Route;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine against DOMAIN.md §2.2–2.5: every worked example, every table row, and the edges of the counting. */
class EligibilityEngineTests {

	private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2025-08-01T04:00:00Z"),
			ZoneId.of("Asia/Shanghai"));

	private final EligibilityEngine engine = new EligibilityEngine(EligibilityPolicy.defaults(), CLOCK);

	// §2.3 worked examples

	@Test
	void a2022TitleCountsFromTheNextJanuaryAndServesFiveYearsAtTheEndOf2027() {
		CurrentTitle title = new CurrentTitle(Level.INTERMEDIATE, ObtainedBy.EVALUATION, LocalDate.of(2023, 4, 15), 2022);
		EligibilityResult result = evaluate(EducationLevel.BACHELOR, title, Level.ASSOCIATE_SENIOR, 2027);
		assertThat(result.eligible()).isTrue();
		assertThat(result.route()).isEqualTo(Route.NORMAL);
		assertThat(result.seniorityFrom()).isEqualTo("2023-01-01");
		assertThat(result.cutoff()).isEqualTo("2027-12-31");
		assertThat(result.requiredYears()).isEqualByComparingTo("5");
		assertThat(result.earliestReviewYear()).isEqualTo(2027);
		assertThat(result.materialsWindow()).isEqualTo(new EligibilityResult.Window(LocalDate.of(2023, 1, 1),
				LocalDate.of(2027, 12, 31)));
		assertThat(result.rule()).contains("本科", "高级工程师", "DOMAIN.md §2.2");
		assertThat(result.reasons()).isEmpty();
		assertThat(evaluate(EducationLevel.BACHELOR, title, Level.ASSOCIATE_SENIOR, 2026).eligible()).isFalse();
	}

	@Test
	void a2018TitleCountsFromItsOwnJanuaryAndServesFiveYearsAtTheEndOf2022() {
		CurrentTitle title = new CurrentTitle(Level.INTERMEDIATE, ObtainedBy.EVALUATION, LocalDate.of(2019, 3, 1), 2018);
		EligibilityResult result = evaluate(EducationLevel.BACHELOR, title, Level.ASSOCIATE_SENIOR, 2022);
		assertThat(result.eligible()).isTrue();
		assertThat(result.seniorityFrom()).isEqualTo("2018-01-01");
		assertThat(result.earliestReviewYear()).isEqualTo(2022);
		assertThat(result.materialsWindow().from()).isEqualTo("2018-09-01");
		assertThat(evaluate(EducationLevel.BACHELOR, title, Level.ASSOCIATE_SENIOR, 2021).eligible()).isFalse();
	}

	@Test
	void the2020And2021ReviewYearsCountDifferently() {
		CurrentTitle old = new CurrentTitle(Level.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2021, 5, 1), 2020);
		CurrentTitle recent = new CurrentTitle(Level.ASSISTANT, ObtainedBy.EVALUATION, LocalDate.of(2022, 5, 1), 2021);
		EligibilityResult fromOld = evaluate(EducationLevel.BACHELOR, old, Level.INTERMEDIATE, 2023);
		EligibilityResult fromRecent = evaluate(EducationLevel.BACHELOR, recent, Level.INTERMEDIATE, 2025);
		assertThat(fromOld.seniorityFrom()).isEqualTo("2020-01-01");
		assertThat(fromOld.materialsWindow().from()).isEqualTo("2020-09-01");
		assertThat(fromOld.eligible()).isTrue();
		assertThat(fromRecent.seniorityFrom()).isEqualTo("2022-01-01");
		assertThat(fromRecent.materialsWindow().from()).isEqualTo("2022-01-01");
		assertThat(fromRecent.eligible()).isTrue();
		assertThat(evaluate(EducationLevel.BACHELOR, recent, Level.INTERMEDIATE, 2024).eligible()).isFalse();
	}

	@Test
	void examAndRecognitionCountFromTheDayPassed() {
		for (ObtainedBy by : new ObtainedBy[] { ObtainedBy.EXAM, ObtainedBy.RECOGNITION }) {
			CurrentTitle title = new CurrentTitle(Level.ASSISTANT, by, LocalDate.of(2022, 3, 17), null);
			EligibilityResult result = evaluate(EducationLevel.BACHELOR, title, Level.INTERMEDIATE, 2025);
			assertThat(result.seniorityFrom()).isEqualTo("2022-03-17");
			assertThat(result.materialsWindow().from()).isEqualTo("2022-03-17");
			assertThat(result.eligible()).as(by.name()).isFalse();
			assertThat(result.earliestReviewYear()).isEqualTo(2025 + 1);
			assertThat(evaluate(EducationLevel.BACHELOR, title, Level.INTERMEDIATE, 2026).eligible()).isTrue();
		}
	}

	@Test
	void theCutoffDayItselfCountsAndTheDayAfterDoesNot() {
		// Four years from 2021-01-01 end on 2024-12-31, the cut-off itself; from 2021-01-02 they end a day too late.
		CurrentTitle onTime = new CurrentTitle(Level.ASSISTANT, ObtainedBy.EXAM, LocalDate.of(2021, 1, 1), null);
		CurrentTitle dayLate = new CurrentTitle(Level.ASSISTANT, ObtainedBy.EXAM, LocalDate.of(2021, 1, 2), null);
		assertThat(evaluate(EducationLevel.BACHELOR, onTime, Level.INTERMEDIATE, 2024).eligible()).isTrue();
		EligibilityResult late = evaluate(EducationLevel.BACHELOR, dayLate, Level.INTERMEDIATE, 2024);
		assertThat(late.eligible()).isFalse();
		assertThat(late.earliestReviewYear()).isEqualTo(2025);
		assertThat(late.reasons().getFirst()).contains("资历不足", "2021-01-02", "2024-12-31", "未满4年");
	}

	@Test
	void aLeapDayStartServesOnTheLastDayOfFebruary() {
		CurrentTitle leap = new CurrentTitle(Level.ASSISTANT, ObtainedBy.EXAM, LocalDate.of(2020, 2, 29), null);
		assertThat(evaluate(EducationLevel.BACHELOR, leap, Level.INTERMEDIATE, 2024).eligible()).isTrue();
		assertThat(evaluate(EducationLevel.BACHELOR, leap, Level.INTERMEDIATE, 2023).eligible()).isFalse();
		// With the legacy-style cut-off on 28 February, 2020-02-29 + 4 years = 2024-02-29 = cut-off + 1 day: served.
		EligibilityEngine february = new EligibilityEngine(
				new EligibilityPolicy("02-28", 2021, "09-01", new EligibilityPolicy.Hours(90, 60, 30)), CLOCK);
		assertThat(february.assess(request(EducationLevel.BACHELOR, false, leap, Level.INTERMEDIATE, 2024)).eligible())
			.isTrue();
		CurrentTitle dayAfter = new CurrentTitle(Level.ASSISTANT, ObtainedBy.EXAM, LocalDate.of(2020, 3, 1), null);
		assertThat(february.assess(request(EducationLevel.BACHELOR, false, dayAfter, Level.INTERMEDIATE, 2024))
			.eligible()).isFalse();
	}

	// §2.2 rows: eligible when exactly served, not one year (or six months) earlier

	static Stream<Arguments> fieldStandardRows() {
		return Requirements.EVALUATION.stream().map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("fieldStandardRows")
	void eachFieldStandardRowIsMetExactlyWhenServed(Requirement row) {
		int reviewYear = 2025;
		LocalDate cutoff = LocalDate.of(reviewYear, 12, 31);
		LocalDate start = row.months() == 0 ? cutoff : cutoff.plusDays(1).minusMonths(row.months());
		int shortBy = row.months() >= 12 ? 12 : row.months();
		CurrentTitle title = row.currentLevel() == null ? null
				: new CurrentTitle(row.currentLevel(), ObtainedBy.EXAM, start, null);
		EligibilityResult served = engine
			.assess(request(row.education(), row.engineeringDegreeOnly(), title, row.target(), reviewYear, start));
		assertThat(served.eligible()).as(row.rule()).isTrue();
		assertThat(served.rule()).isEqualTo(row.rule());
		assertThat(served.requiredYears()).isEqualByComparingTo(row.years());
		if (row.months() == 0) {
			return;
		}
		LocalDate later = start.plusMonths(shortBy);
		CurrentTitle lateTitle = title == null ? null
				: new CurrentTitle(row.currentLevel(), ObtainedBy.EXAM, later, null);
		EligibilityResult tooShort = engine
			.assess(request(row.education(), row.engineeringDegreeOnly(), lateTitle, row.target(), reviewYear, later));
		assertThat(tooShort.eligible()).as(row.rule()).isFalse();
		assertThat(tooShort.route()).isEqualTo(Route.EXCEPTIONAL);
		assertThat(tooShort.reasons()).anySatisfy(reason -> assertThat(reason).contains("破格", "2名"));
	}

	@Test
	void theDoctorsSixMonthsAreHalfAYear() {
		EligibilityResult result = engine.assess(request(EducationLevel.DOCTOR, false, null, Level.INTERMEDIATE, 2025,
				LocalDate.of(2025, 7, 1)));
		assertThat(result.eligible()).isTrue();
		assertThat(result.requiredYears()).isEqualTo(new BigDecimal("0.5"));
	}

	@Test
	void anEngineeringMastersDegreeShortensTheWayToEngineer() {
		CurrentTitle title = new CurrentTitle(Level.ASSISTANT, ObtainedBy.RECOGNITION, LocalDate.of(2024, 6, 1), null);
		assertThat(evaluate(EducationLevel.MASTER, title, Level.INTERMEDIATE, 2025).eligible()).isFalse();
		EligibilityResult professional = engine
			.assess(request(EducationLevel.MASTER, true, title, Level.INTERMEDIATE, 2025));
		assertThat(professional.eligible()).isTrue();
		assertThat(professional.rule()).contains("工程类硕士专业学位");
	}

	// level by level, and 破格

	@Test
	void skippingALevelIsRefused() {
		CurrentTitle assistant = new CurrentTitle(Level.ASSISTANT, ObtainedBy.EXAM, LocalDate.of(2010, 1, 1), null);
		EligibilityResult result = evaluate(EducationLevel.BACHELOR, assistant, Level.ASSOCIATE_SENIOR, 2025);
		assertThat(result.eligible()).isFalse();
		assertThat(result.route()).isEqualTo(Route.NORMAL);
		assertThat(result.reasons()).singleElement().asString().contains("不得越级", "工程师");
		EligibilityResult untitled = evaluate(EducationLevel.BACHELOR, null, Level.INTERMEDIATE, 2025);
		assertThat(untitled.eligible()).isFalse();
		assertThat(untitled.reasons()).singleElement().asString().contains("逐级", "技术员或助理工程师");
	}

	@Test
	void aJuniorCollegeEngineerHasNoNormalRouteToSeniorEngineerOnlyTheExceptionalOne() {
		CurrentTitle engineer = new CurrentTitle(Level.INTERMEDIATE, ObtainedBy.EVALUATION, LocalDate.of(2010, 5, 1),
				2009);
		EligibilityResult result = evaluate(EducationLevel.JUNIOR_COLLEGE, engineer, Level.ASSOCIATE_SENIOR, 2025);
		assertThat(result.eligible()).isFalse();
		assertThat(result.route()).isEqualTo(Route.EXCEPTIONAL);
		assertThat(result.reasons()).anySatisfy(reason -> assertThat(reason).contains("大专", "没有", "正常途径"))
			.anySatisfy(reason -> assertThat(reason).contains("破格", "2名", "高级工程师"));
	}

	// §2.4 initial recognition

	static Stream<Arguments> recognitionRows() {
		return Stream.of(Arguments.of(EducationLevel.SECONDARY_VOCATIONAL, 12, Level.JUNIOR),
				Arguments.of(EducationLevel.JUNIOR_COLLEGE, 36, Level.ASSISTANT),
				Arguments.of(EducationLevel.BACHELOR, 12, Level.ASSISTANT),
				Arguments.of(EducationLevel.MASTER, 0, Level.ASSISTANT),
				Arguments.of(EducationLevel.MASTER, 36, Level.INTERMEDIATE),
				Arguments.of(EducationLevel.DOCTOR, 0, Level.INTERMEDIATE));
	}

	@ParameterizedTest
	@MethodSource("recognitionRows")
	void initialRecognitionGrantsByEducationAndYears(EducationLevel education, int months, Level granted) {
		LocalDate asOf = LocalDate.of(2025, 8, 1);
		LocalDate start = months == 0 ? asOf : asOf.plusDays(1).minusMonths(months);
		EligibilityResult result = engine.assess(recognition(education, true, start, granted, asOf));
		assertThat(result.eligible()).isTrue();
		assertThat(result.grantableLevel()).isEqualTo(granted);
		assertThat(result.cutoff()).isEqualTo(asOf);
		assertThat(result.rule()).contains("DOMAIN.md §2.4");
		if (months > 0) {
			EligibilityResult early = engine.assess(recognition(education, true, start.plusDays(1), granted, asOf));
			assertThat(early.eligible()).isFalse();
			assertThat(early.reasons()).singleElement().asString().contains("工作年限不足");
		}
	}

	@Test
	void aMasterInPostGetsAssistantAndAfterThreeYearsIntermediate() {
		LocalDate asOf = LocalDate.of(2025, 8, 1);
		EligibilityResult fresh = engine
			.assess(recognition(EducationLevel.MASTER, true, LocalDate.of(2025, 7, 15), Level.ASSISTANT, asOf));
		assertThat(fresh.grantableLevel()).isEqualTo(Level.ASSISTANT);
		assertThat(fresh.eligible()).isTrue();
		assertThat(engine.assess(recognition(EducationLevel.MASTER, true, LocalDate.of(2025, 7, 15),
				Level.INTERMEDIATE, asOf)).eligible()).isFalse();
		EligibilityResult seasoned = engine
			.assess(recognition(EducationLevel.MASTER, true, LocalDate.of(2022, 7, 15), Level.INTERMEDIATE, asOf));
		assertThat(seasoned.eligible()).isTrue();
		assertThat(seasoned.grantableLevel()).isEqualTo(Level.INTERMEDIATE);
	}

	@Test
	void nonFullTimeGraduatesCannotUseRecognition() {
		EligibilityResult result = engine.assess(recognition(EducationLevel.BACHELOR, false, LocalDate.of(2015, 7, 1),
				Level.ASSISTANT, LocalDate.of(2025, 8, 1)));
		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).singleElement().asString().contains("非全日制", "评审");
	}

	@Test
	void recognitionDefaultsToTodayByTheClock() {
		EligibilityResult result = engine
			.assess(recognition(EducationLevel.BACHELOR, true, LocalDate.of(2024, 8, 1), Level.ASSISTANT, null));
		assertThat(result.cutoff()).isEqualTo("2025-08-01");
		assertThat(result.eligible()).isTrue();
	}

	@Test
	void recognitionNeverGrantsSeniorLevels() {
		EligibilityResult result = engine.assess(recognition(EducationLevel.DOCTOR, true, LocalDate.of(2010, 1, 1),
				Level.ASSOCIATE_SENIOR, LocalDate.of(2025, 8, 1)));
		assertThat(result.eligible()).isFalse();
		assertThat(result.grantableLevel()).isEqualTo(Level.INTERMEDIATE);
	}

	private EligibilityResult evaluate(EducationLevel education, @Nullable CurrentTitle title, Level target,
			int reviewYear) {
		return engine.assess(request(education, false, title, target, reviewYear));
	}

	private static EligibilityRequest request(EducationLevel education, boolean engineeringDegree,
			@Nullable CurrentTitle title, Level target, int reviewYear) {
		return request(education, engineeringDegree, title, target, reviewYear, LocalDate.of(2005, 7, 1));
	}

	private static EligibilityRequest request(EducationLevel education, boolean engineeringDegree,
			@Nullable CurrentTitle title, Level target, int reviewYear, LocalDate workStartedOn) {
		return new EligibilityRequest(ApplicationType.EVALUATION, null, target, reviewYear, null,
				new Education(education, true, null, engineeringDegree), workStartedOn, title);
	}

	private static EligibilityRequest recognition(EducationLevel education, boolean fullTime, LocalDate workStartedOn,
			Level target, @Nullable LocalDate asOf) {
		return new EligibilityRequest(ApplicationType.INITIAL_RECOGNITION, null, target, null, asOf,
				new Education(education, fullTime, null, false), workStartedOn, null);
	}

}
