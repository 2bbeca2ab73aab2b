package cn.zhicheng.portal.application.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Every figure of one dashboard: one review year within one jurisdiction, over the files that left the draft stage.
 * Days are working days (DOMAIN.md §4.1) counted as the review queues count them: the working days after the day a
 * file entered its stage up to today (or the day it left), the entry day not counted, in the portal's time zone.
 * {@code overdue} is exactly the queues' marker: a file waiting in any queue stage more than
 * {@code overdueWorkingDays} working days since its last status change (issue #6 part 4). Days of a year whose
 * holiday notice is not loaded are counted Monday to Friday and listed in {@code yearsNotLoaded}; the queues show no
 * count for such days.
 *
 * @param reviewYear the 评审年度
 * @param total files counted (every status but DRAFT)
 * @param byStatus files by status, enum name as key
 * @param bySpecialty files by specialty name; a {@code null} key for files without one
 * @param byLevel files by target level, enum name as key; a {@code null} key for files without one
 * @param byCounty files by county name; a {@code null} key for files without one
 * @param byUnit the units with the most files and the rest summed
 * @param passRate PASSED / (PASSED + FAILED), {@code null} when no file was decided
 * @param medianDaysWaiting median working days in the current stage of the files waiting in a queue, {@code null} if
 * none
 * @param p80DaysWaiting 80th percentile of the same, {@code null} if none
 * @param overdue files waiting in a queue stage longer than {@code overdueDays} working days
 * @param overdueDays the queues' threshold, in working days
 * @param stages working days of every stay in each waiting stage, past and current, in workflow order
 * @param intake files submitted per day against each committee's intake window
 * @param yearsNotLoaded calendar years counted Monday to Friday because their notice is not loaded
 */
public record DashboardFigures(int reviewYear, long total, List<Count> byStatus, List<Count> bySpecialty,
		List<Count> byLevel, List<Count> byCounty, UnitCounts byUnit, @Nullable Double passRate,
		@Nullable Double medianDaysWaiting, @Nullable Double p80DaysWaiting, long overdue, int overdueDays,
		List<StageTime> stages, List<CommitteeIntake> intake, List<Integer> yearsNotLoaded) {

	/** One row of a breakdown. */
	public record Count(@Nullable String key, long count) {
	}

	/**
	 * Files by employer unit: the {@code top} units by count (ties by name; a {@code null} key for files without a
	 * unit), and the files of the {@code otherUnits} remaining units summed in {@code others}.
	 */
	public record UnitCounts(List<Count> top, long others, long otherUnits) {
	}

	/**
	 * The stays in one stage: how many (and how many still open), and their median and 80th percentile in working
	 * days ({@code null} without a stay); {@code overdue} counts the files in the stage now that the queues flag.
	 */
	public record StageTime(String stage, long stays, long open, @Nullable Double median, @Nullable Double p80,
			long overdue) {
	}

	/** The files waiting now, as {@link StageTimes#waiting} measures them. */
	record Waiting(@Nullable Double median, @Nullable Double p80, long overdue, Map<String, Long> overdueByStage) {
	}

	/**
	 * One committee's intake window for the review year ({@code closesOn} is the committee's deadline copied onto each
	 * file), the files submitted on each day of it, and those submitted before it opened or after it closed.
	 */
	public record CommitteeIntake(long committeeId, String committee, LocalDate opensOn, LocalDate closesOn,
			List<DayCount> days, long before, long after) {

		public long total() {
			return before + after + days.stream().mapToLong(DayCount::count).sum();
		}

	}

	/** Files submitted on one day. */
	public record DayCount(LocalDate day, long count) {
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
