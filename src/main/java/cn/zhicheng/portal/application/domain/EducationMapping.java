package cn.zhicheng.portal.application.domain;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.eligibility.EducationLevel;
import org.jspecify.annotations.Nullable;

/**
 * Account 学历 as the field standards count it (DOMAIN.md §2.2): 技工院校 中级工班 = 中专, 高级工班 = 大专, 预备技师班 = 本科,
 * and 第二学士 stands with 硕士 in the evaluation rows ("硕士/第二学士"). Below 中专 no row applies.
 */
final class EducationMapping {

	private EducationMapping() {
	}

	static @Nullable EducationLevel of(Education education) {
		return switch (education) {
			case HIGH_SCHOOL_OR_BELOW -> null;
			case SECONDARY_VOCATIONAL, TECHNICAL_SCHOOL_INTERMEDIATE -> EducationLevel.SECONDARY_VOCATIONAL;
			case JUNIOR_COLLEGE, TECHNICAL_SCHOOL_ADVANCED -> EducationLevel.JUNIOR_COLLEGE;
			case BACHELOR, TECHNICAL_SCHOOL_PRE_TECHNICIAN -> EducationLevel.BACHELOR;
			case SECOND_BACHELOR, MASTER -> EducationLevel.MASTER;
			case DOCTOR -> EducationLevel.DOCTOR;
		};
	}

}
