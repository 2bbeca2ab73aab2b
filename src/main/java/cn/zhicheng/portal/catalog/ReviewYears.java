package cn.zhicheng.portal.catalog;

import java.time.LocalDate;
import java.time.Month;

/**
 * Which 评审年度 is being filed on a given day. Applications for a 年度 are taken in January–March of the following
 * year and the review ends by 30 June (DOMAIN.md §2.3, §7.2; 粤人社发〔2024〕29号), so until the end of June a filing
 * belongs to last year's 年度; from July on, people prepare for this year's. The applicant may still choose another
 * year: this is only the default.
 */
public final class ReviewYears {

	private ReviewYears() {
	}

	public static int current(LocalDate today) {
		return today.getMonth().compareTo(Month.JUNE) <= 0 ? today.getYear() - 1 : today.getYear();
	}

}
