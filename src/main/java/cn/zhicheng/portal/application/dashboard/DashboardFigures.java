package cn.zhicheng.portal.application.dashboard;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Every figure of one dashboard: one review year within one jurisdiction, over the files that left the draft stage.
 * Days are calendar days (fractional); working days are a later refinement. {@code overdue} approximates the
 * working-day rule of the queues with as many calendar days, so it undercounts slightly over weekends and holidays.
 *
 * @param reviewYear the 评审年度
 * @param total files counted (every status but DRAFT)
 * @param byStatus files by status, enum name as key
 * @param bySpecialty files by specialty name; a {@code null} key for files without one
 * @param byLevel files by target level, enum name as key; a {@code null} key for files without one
 * @param byCounty files by county name; a {@code null} key for files without one
 * @param passRate PASSED / (PASSED + FAILED), {@code null} when no file was decided
 * @param medianDaysWaiting median days in the current stage of the files waiting on a reviewer, {@code null} if none
 * @param p80DaysWaiting 80th percentile of the same, {@code null} if none
 * @param overdue files in SUBMITTED, COUNTY_REVIEW or CITY_REVIEW longer than the overdue threshold
 * @param overdueDays the threshold used, in calendar days
 */
public record DashboardFigures(int reviewYear, long total, List<Count> byStatus, List<Count> bySpecialty,
		List<Count> byLevel, List<Count> byCounty, @Nullable Double passRate, @Nullable Double medianDaysWaiting,
		@Nullable Double p80DaysWaiting, long overdue, int overdueDays) {

	/** One row of a breakdown. */
	public record Count(@Nullable String key, long count) {
	}

	/** The count for a key, 0 when absent. */
	public static long countOf(List<Count> counts, @Nullable String key) {
		return counts.stream()
			.filter(c -> Objects.equals(c.key(), key))
			.mapToLong(Count::count)
			.findFirst()
			.orElse(0);
	}

}
