package cn.zhicheng.portal.eligibility;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * 继续教育学时 of one year against the configured requirement (DOMAIN.md §3): at least {@code annualTotal} in all, of
 * which at least {@code minProfessional} 专业科目 and {@code minPublic} 公需科目; 选修 counts towards the total only.
 */
@Component
public class ContinuingEducation {

	private final EligibilityPolicy.Hours hours;

	public ContinuingEducation(EligibilityPolicy policy) {
		this.hours = policy.continuingEducation();
	}

	/** The year's problems in Chinese; empty when the hours suffice. */
	public List<String> check(int year, int publicHours, int professionalHours, int electiveHours) {
		List<String> problems = new ArrayList<>();
		if (publicHours < 0 || professionalHours < 0 || electiveHours < 0) {
			problems.add(year + "年度继续教育学时不能为负数。");
			return problems;
		}
		int total = publicHours + professionalHours + electiveHours;
		if (total < hours.annualTotal()) {
			problems.add(year + "年度继续教育共" + total + "学时，不足规定的" + hours.annualTotal() + "学时。");
		}
		if (professionalHours < hours.minProfessional()) {
			problems.add(year + "年度专业科目" + professionalHours + "学时，不足规定的" + hours.minProfessional() + "学时。");
		}
		if (publicHours < hours.minPublic()) {
			problems.add(year + "年度公需科目" + publicHours + "学时，不足规定的" + hours.minPublic() + "学时。");
		}
		return problems;
	}

}
