package cn.zhicheng.portal.eligibility.domain;

import java.math.BigDecimal;

import cn.zhicheng.portal.eligibility.EducationLevel;
import cn.zhicheng.portal.eligibility.Level;
import org.jspecify.annotations.Nullable;

/**
 * One row of a conditions table: with this 学历 (and, when {@code engineeringDegreeOnly}, a 工程类专业学位), holding
 * {@code currentLevel} (none when null: counted from work), {@code months} of 资历 reach {@code target}.
 */
record Requirement(Level target, EducationLevel education, boolean engineeringDegreeOnly, @Nullable Level currentLevel,
		int months, String rule) {

	BigDecimal years() {
		return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12)).stripTrailingZeros();
	}

	boolean needsTitle() {
		return currentLevel != null;
	}

}
