package cn.zhicheng.portal.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import cn.zhicheng.portal.eligibility.ContinuingEducation;
import cn.zhicheng.portal.eligibility.EligibilityPolicy;
import cn.zhicheng.portal.eligibility.EligibilityResult;
import cn.zhicheng.portal.eligibility.EligibilityResult.Window;
import cn.zhicheng.portal.eligibility.Evidence;
import cn.zhicheng.portal.eligibility.Evidence.AppraisalYear;
import cn.zhicheng.portal.eligibility.Evidence.DatedAchievement;
import cn.zhicheng.portal.eligibility.Evidence.TrainingYear;
import cn.zhicheng.portal.eligibility.EvidenceFindings;
import org.jspecify.annotations.Nullable;

/**
 * The evidence conditions of issue 5 part 4, one method per rule, each citing its source. The thresholds are
 * {@link EligibilityPolicy} configuration: the yearly 学时 through {@link ContinuingEducation}, the number of years
 * through {@code evidenceYears}. The windows are the ones the {@link EligibilityResult} applied, so the counting of
 * DOMAIN.md §2.3 stays in {@link Counting} alone.
 */
final class EvidenceCheck {

	private static final MonthDay YEAR_END = MonthDay.of(12, 31);

	private final ContinuingEducation continuingEducation;

	private final int configuredYears;

	private final Clock clock;

	EvidenceCheck(EligibilityPolicy policy, Clock clock) {
		this.continuingEducation = new ContinuingEducation(policy);
		this.configuredYears = policy.evidenceYears();
		this.clock = clock;
	}

	EvidenceFindings check(EligibilityResult result, Evidence evidence) {
		int required = requiredYears(result);
		List<Integer> years = yearsChecked(result, Math.max(1, required));
		List<String> trainingProblems = continuingEducation(years, evidence.trainings());
		List<String> appraisalProblems = appraisals(years, required, evidence.appraisals());
		List<String> warnings = new ArrayList<>();
		Set<Long> outside = new LinkedHashSet<>();
		@Nullable Window window = result.materialsWindow();
		if (window != null) {
			for (DatedAchievement achievement : evidence.achievements()) {
				if (!window.contains(achievement.date())) {
					outside.add(achievement.id());
					warnings.add(outsideWindow(achievement, window));
				}
			}
		}
		return new EvidenceFindings(trainingProblems, appraisalProblems, warnings, outside, years);
	}

	/**
	 * N, the years of evidence the rule asks for: the configured {@code evidenceYears} when positive, else the 年限 of
	 * the rule applied rounded up (six months of a doctor → 1; the 博士 → 高工 row's 2 years match its "近2年考核合格",
	 * DOMAIN.md §2.2). A rule of no years (在岗) asks for no passed year; a refused result names no rule and asks for 1.
	 */
	private int requiredYears(EligibilityResult result) {
		if (configuredYears > 0) {
			return configuredYears;
		}
		@Nullable BigDecimal years = result.requiredYears();
		return years == null ? 1 : years.setScale(0, RoundingMode.CEILING).intValueExact();
	}

	/**
	 * DOMAIN.md §3: 任现职以来 each year within the 资历 window of §2.3, capped at the most recent {@code cap}. The window
	 * runs from {@code seniorityFrom} (the work start for rows counted from work and for initial recognition) to the
	 * cut-off. A year is checked only once it has ended by the cut-off, because its 继续教育证书 and 年度考核 exist only
	 * then: with the 12-31 cut-off that is the 评审年度 itself, while an initial recognition assessed in August checks up
	 * to the year before. A result without a start (refused before any counting) checks the last {@code cap} years; one
	 * without a cut-off ends at its materials window, else today.
	 */
	private List<Integer> yearsChecked(EligibilityResult result, int cap) {
		@Nullable LocalDate end = result.cutoff();
		if (end == null) {
			@Nullable Window window = result.materialsWindow();
			end = window != null ? window.to() : LocalDate.now(clock);
		}
		int last = MonthDay.from(end).equals(YEAR_END) ? end.getYear() : end.getYear() - 1;
		@Nullable LocalDate start = result.seniorityFrom();
		int first = Math.max(last - cap + 1, start != null ? start.getYear() : Integer.MIN_VALUE);
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	/**
	 * DOMAIN.md §3 and §6.1 (继续教育证书, one per year): each year checked needs a record meeting the yearly 学时, as
	 * {@link ContinuingEducation} decides them.
	 */
	private List<String> continuingEducation(List<Integer> years, List<TrainingYear> trainings) {
		Map<Integer, TrainingYear> byYear = firstByYear(trainings, TrainingYear::year);
		List<String> problems = new ArrayList<>();
		for (int year : years) {
			@Nullable TrainingYear training = byYear.get(year);
			if (training == null) {
				problems.add(year + "年度缺少继续教育记录。");
			}
			else {
				problems.addAll(continuingEducation.check(year, training.publicHours(), training.professionalHours(),
						training.electiveHours()));
			}
		}
		return problems;
	}

	/**
	 * 年度考核, one a year (DOMAIN.md §6.1 item 9, §6.3 五): every year checked needs one, 合格 or better, and the passed
	 * years must number at least N, which a window shorter than N cannot give.
	 */
	private static List<String> appraisals(List<Integer> years, int required, List<AppraisalYear> appraisals) {
		Map<Integer, AppraisalYear> byYear = firstByYear(appraisals, AppraisalYear::year);
		List<String> problems = new ArrayList<>();
		int passed = 0;
		for (int year : years) {
			@Nullable AppraisalYear appraisal = byYear.get(year);
			if (appraisal == null) {
				problems.add(year + "年度缺少年度考核记录。");
			}
			else if (!appraisal.passed()) {
				problems.add(year + "年度考核未达到合格（基本合格、不合格均不计）。");
			}
			else {
				passed++;
			}
		}
		if (passed < required) {
			problems.add("年度考核合格共" + passed + "年，不足规定的" + required + "年。");
		}
		return problems;
	}

	/** DOMAIN.md §2.3 有效材料: an achievement outside the window does not count, which the others may make up for. */
	private static String outsideWindow(DatedAchievement achievement, Window window) {
		return "成果《" + achievement.title() + "》（" + achievement.date() + "）不在有效材料时段" + window.from() + "至"
				+ window.to() + "内，不予计算。";
	}

	/** The records module keeps one entry a year; should a year come twice, its first entry stands. */
	private static <T> Map<Integer, T> firstByYear(List<T> entries, Function<T, Integer> year) {
		Map<Integer, T> byYear = new LinkedHashMap<>();
		entries.forEach(entry -> byYear.putIfAbsent(year.apply(entry), entry));
		return byYear;
	}

}
