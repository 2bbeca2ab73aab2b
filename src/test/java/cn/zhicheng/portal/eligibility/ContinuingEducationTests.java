package cn.zhicheng.portal.eligibility;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 继续教育学时 against DOMAIN.md §3: 90 a year, at least 60 专业 and 30 公需 by default, all configurable. */
class ContinuingEducationTests {

	private final ContinuingEducation defaults = new ContinuingEducation(EligibilityPolicy.defaults());

	@Test
	void thirtyPublicAndSixtyProfessionalHoursSuffice() {
		assertThat(defaults.check(2024, 30, 60, 0)).isEmpty();
		assertThat(defaults.check(2024, 30, 64, 10)).isEmpty();
	}

	@Test
	void tooFewHoursInAllAreNamedWithTheYear() {
		assertThat(defaults.check(2023, 30, 59, 0)).anySatisfy(
				problem -> assertThat(problem).isEqualTo("2023年度继续教育共89学时，不足规定的90学时。"))
			.anySatisfy(problem -> assertThat(problem).isEqualTo("2023年度专业科目59学时，不足规定的60学时。"));
	}

	@Test
	void electiveHoursCountTowardsTheTotalButNotTheProfessionalMinimum() {
		assertThat(defaults.check(2024, 30, 40, 20)).singleElement()
			.isEqualTo("2024年度专业科目40学时，不足规定的60学时。");
	}

	@Test
	void tooFewPublicHoursAreNamed() {
		assertThat(defaults.check(2024, 20, 70, 0)).singleElement()
			.isEqualTo("2024年度公需科目20学时，不足规定的30学时。");
	}

	@Test
	void negativeHoursAreRefused() {
		assertThat(defaults.check(2024, -1, 90, 0)).singleElement().asString().contains("负数");
	}

	@Test
	void theRequirementIsConfiguration() {
		ContinuingEducation legacy = new ContinuingEducation(
				new EligibilityPolicy("12-31", 2021, "09-01", new EligibilityPolicy.Hours(72, 48, 24)));
		assertThat(legacy.check(2019, 24, 48, 0)).isEmpty();
		assertThat(defaults.check(2019, 24, 48, 0)).hasSize(3);
	}

}
