package cn.zhicheng.portal.eligibility.domain;

import java.time.LocalDate;

import cn.zhicheng.portal.eligibility.EligibilityPolicy;
import cn.zhicheng.portal.eligibility.EligibilityRequest.CurrentTitle;
import cn.zhicheng.portal.eligibility.ObtainedBy;

/**
 * How 资历 and 有效材料 are counted (DOMAIN.md §2.3, 粤人社发〔2024〕29号 and 〔2022〕30号): a title by 评审 in the
 * 2021年度 or later counts from 1 January after its 年度, whatever the certificate date; an older one counts 资历 from
 * 1 January and 材料 from 1 September of its 年度; a title by 考试 or 认定 counts from the day it was passed. All end on
 * the cut-off of the target 评审年度.
 */
final class Counting {

	private final EligibilityPolicy policy;

	Counting(EligibilityPolicy policy) {
		this.policy = policy;
	}

	LocalDate seniorityFrom(CurrentTitle title) {
		if (title.obtainedBy() != ObtainedBy.EVALUATION) {
			return title.obtainedOn();
		}
		int year = evaluationYear(title);
		return year >= policy.newCountingFromYear() ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, 1, 1);
	}

	LocalDate materialsFrom(CurrentTitle title) {
		if (title.obtainedBy() != ObtainedBy.EVALUATION) {
			return title.obtainedOn();
		}
		int year = evaluationYear(title);
		return year >= policy.newCountingFromYear() ? LocalDate.of(year + 1, 1, 1)
				: policy.oldMaterialsFromDay().atYear(year);
	}

	LocalDate cutoff(int reviewYear) {
		return policy.cutoffDay().atYear(reviewYear);
	}

	/**
	 * "满 N 年" as the official examples count it: satisfied iff {@code start + N <= cutoff + 1 day} (§2.3). A start
	 * after the cut-off serves nothing, not even the zero years of "在岗".
	 */
	static boolean served(LocalDate from, int months, LocalDate cutoff) {
		return !from.isAfter(cutoff) && !from.plusMonths(months).isAfter(cutoff.plusDays(1));
	}

	/** The first 评审年度 whose cut-off completes the months, e.g. a start of 2023-01-01 and 5 years give 2027. */
	int earliestReviewYear(LocalDate from, int months) {
		LocalDate lastDayNeeded = from.plusMonths(months).minusDays(1);
		int year = lastDayNeeded.getYear();
		return served(from, months, cutoff(year)) ? year : year + 1;
	}

	private static int evaluationYear(CurrentTitle title) {
		Integer year = title.evaluationYear();
		// Validation requires it for 评审; the certificate year is the nearest stand-in for a caller that skipped it.
		return year != null ? year : title.obtainedOn().getYear();
	}

}
