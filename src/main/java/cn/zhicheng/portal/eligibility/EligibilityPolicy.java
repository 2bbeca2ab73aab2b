package cn.zhicheng.portal.eligibility;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every threshold of the eligibility rules that a yearly notice may move (issue 5 part 4).
 * <ul>
 * <li>{@code cutoff}: end of 资历 and 有效材料 in the 评审年度, {@code MM-dd}. 12-31 from 2021年度 on; the legacy rule was
 * 08-31 (DOMAIN.md §2.3, 粤人社发〔2024〕29号).</li>
 * <li>{@code newCountingFromYear}: the first 评审年度 whose titles count from 1 January of the following year (2021).</li>
 * <li>{@code oldMaterialsFrom}: start of 有效材料 in the 评审年度 of an older title, {@code MM-dd} (09-01).</li>
 * <li>{@code continuingEducation}: yearly 学时 (DOMAIN.md §3: 90, of which 专业 60 and 公需 30; the Guangdong 条例 text
 * was not found, so these are configuration).</li>
 * <li>{@code evidenceYears}: how many of the most recent years of the 资历 window need 继续教育 and a passed 年度考核.
 * Whether the check is capped at the last N years is set per notice (DOMAIN.md §3 [M]); 0 (the default) takes N from
 * the rule applied, its required years rounded up, and a positive number overrides it.</li>
 * </ul>
 */
@ConfigurationProperties("portal.eligibility")
public record EligibilityPolicy(@DefaultValue("12-31") String cutoff, @DefaultValue("2021") int newCountingFromYear,
		@DefaultValue("09-01") String oldMaterialsFrom, @DefaultValue Hours continuingEducation,
		@DefaultValue("0") int evidenceYears) {

	/** The one constructor bound from {@code portal.eligibility.*}; the shorter one below is for code and tests. */
	@ConstructorBinding
	public EligibilityPolicy {
		parse(cutoff);
		parse(oldMaterialsFrom);
		if (evidenceYears < 0) {
			throw new IllegalArgumentException("portal.eligibility.evidence-years must be 0 or more: " + evidenceYears);
		}
	}

	/** A policy whose evidence years follow the rule applied ({@code evidenceYears} 0). */
	public EligibilityPolicy(String cutoff, int newCountingFromYear, String oldMaterialsFrom,
			Hours continuingEducation) {
		this(cutoff, newCountingFromYear, oldMaterialsFrom, continuingEducation, 0);
	}

	/** The defaults, for code and tests that run without Spring. */
	public static EligibilityPolicy defaults() {
		return new EligibilityPolicy("12-31", 2021, "09-01", new Hours(90, 60, 30), 0);
	}

	/** This policy, but checking the last {@code years} years whatever the rule requires (0: as the rule requires). */
	public EligibilityPolicy withEvidenceYears(int years) {
		return new EligibilityPolicy(cutoff, newCountingFromYear, oldMaterialsFrom, continuingEducation, years);
	}

	public MonthDay cutoffDay() {
		return parse(cutoff);
	}

	public MonthDay oldMaterialsFromDay() {
		return parse(oldMaterialsFrom);
	}

	private static MonthDay parse(String monthDay) {
		return MonthDay.parse("--" + monthDay);
	}

	/** 继续教育学时 a year (DOMAIN.md §3, 人社部令第25号 第八条). */
	public record Hours(@DefaultValue("90") int annualTotal, @DefaultValue("60") int minProfessional,
			@DefaultValue("30") int minPublic) {
	}

}
