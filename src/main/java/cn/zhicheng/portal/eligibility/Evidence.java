package cn.zhicheng.portal.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant's file holds that the conditions look at: 继续教育 by year (DOMAIN.md §3), 年度考核 by year
 * (§6.3 五) and dated achievements, whose date decides whether they fall in the 有效材料 window (§2.3). The records
 * module is the usual source; this shape keeps the engine free of it.
 */
public record Evidence(List<TrainingYear> trainings, List<AppraisalYear> appraisals,
		List<DatedAchievement> achievements) {

	public Evidence {
		trainings = List.copyOf(trainings);
		appraisals = List.copyOf(appraisals);
		achievements = List.copyOf(achievements);
	}

	/** One year's 继续教育学时 as its certificate states them; 选修 counts towards the total only. */
	public record TrainingYear(int year, int publicHours, int professionalHours, int electiveHours) {
	}

	/** passed: 合格 or better (优秀/合格); 基本合格 and 不合格 do not count as passed. */
	public record AppraisalYear(int year, boolean passed) {
	}

	public record DatedAchievement(long id, String title, LocalDate date) {
	}

}
