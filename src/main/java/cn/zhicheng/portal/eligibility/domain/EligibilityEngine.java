package cn.zhicheng.portal.eligibility.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.zhicheng.portal.eligibility.ApplicationType;
import cn.zhicheng.portal.eligibility.Eligibility;
import cn.zhicheng.portal.eligibility.EligibilityPolicy;
import cn.zhicheng.portal.eligibility.EligibilityRequest;
import cn.zhicheng.portal.eligibility.EligibilityRequest.CurrentTitle;
import cn.zhicheng.portal.eligibility.EligibilityRequest.Education;
import cn.zhicheng.portal.eligibility.EligibilityResult;
import cn.zhicheng.portal.eligibility.EligibilityResult.Window;
import cn.zhicheng.portal.eligibility.Evidence;
import cn.zhicheng.portal.eligibility.EvidenceFindings;
import cn.zhicheng.portal.eligibility.Level;
import cn.zhicheng.portal.eligibility.Route;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Decides a validated {@link EligibilityRequest} from the tables in {@link Requirements} and the counting of
 * {@link Counting}. 评审 goes one level at a time (DOMAIN.md §2.2); a failure for want of 学历 or 年限 leaves 破格 open
 * (§2.5), a skipped level does not. The evidence of a file is checked by {@link EvidenceCheck} against the windows
 * the result applied.
 */
@Service
class EligibilityEngine implements Eligibility {

	static final String EXCEPTIONAL_ROUTE = "如业绩突出、作出重要贡献，可由2名本专业或相近专业具有%s资格的专家推荐，走破格申报（DOMAIN.md §2.5）。";

	private final Counting counting;

	private final EvidenceCheck evidenceCheck;

	private final Clock clock;

	EligibilityEngine(EligibilityPolicy policy, Clock clock) {
		this.counting = new Counting(policy);
		this.evidenceCheck = new EvidenceCheck(policy, clock);
		this.clock = clock;
	}

	@Override
	public EligibilityResult assess(EligibilityRequest request) {
		return request.applicationType() == ApplicationType.INITIAL_RECOGNITION ? recognition(request)
				: evaluation(request);
	}

	@Override
	public EvidenceFindings checkEvidence(EligibilityResult result, Evidence evidence) {
		return evidenceCheck.check(result, evidence);
	}

	private EligibilityResult evaluation(EligibilityRequest request) {
		Education education = Objects.requireNonNull(request.education());
		Level target = request.targetLevel();
		int reviewYear = Objects.requireNonNull(request.reviewYear(), "reviewYear");
		LocalDate cutoff = counting.cutoff(reviewYear);
		CurrentTitle title = request.currentTitle();
		String levelByLevel = "职称评审逐级申报（DOMAIN.md §2.2）";
		if (title != null && title.level().ordinal() + 1 != target.ordinal()) {
			String reason = title.level().ordinal() >= target.ordinal()
					? "现职称" + title.level().engineeringTitle() + "已不低于申报的" + target.engineeringTitle() + "。"
					: "不得越级申报：现职称为" + title.level().engineeringTitle() + "，只能申报"
							+ next(title.level()) + "。";
			return refused(Route.NORMAL, levelByLevel, cutoff, List.of(reason));
		}
		List<Requirement> rows = Requirements.evaluation(target, education.level(), education.engineeringDegree());
		if (title == null) {
			rows = rows.stream().filter(row -> !row.needsTitle()).toList();
			if (rows.isEmpty()) {
				List<Level> entry = Requirements.entryLevels(education.level());
				String reason = entry.isEmpty()
						? "未取得职称，" + education.level().chinese() + "学历没有直接申报" + target.engineeringTitle() + "的正常途径。"
						: "未取得职称，须逐级申报：" + education.level().chinese() + "学历可先申报"
								+ entry.stream().map(Level::engineeringTitle).collect(Collectors.joining("或")) + "。";
				return refused(entry.isEmpty() ? Route.EXCEPTIONAL : Route.NORMAL, levelByLevel, cutoff,
						entry.isEmpty() ? List.of(reason, exceptional(target)) : List.of(reason));
			}
		}
		else {
			rows = rows.stream().filter(row -> !row.needsTitle() || row.currentLevel() == title.level()).toList();
		}
		if (rows.isEmpty()) {
			return refused(Route.EXCEPTIONAL, "无正常申报途径（DOMAIN.md §2.2）", cutoff,
					List.of(education.level().chinese() + "学历没有申报" + target.engineeringTitle() + "的正常途径。",
							exceptional(target)));
		}
		Requirement row = rows.getFirst();
		LocalDate from = row.needsTitle() ? counting.seniorityFrom(Objects.requireNonNull(title))
				: workFrom(request);
		LocalDate materialsFrom = row.needsTitle() ? counting.materialsFrom(title) : from;
		int earliest = counting.earliestReviewYear(from, row.months());
		boolean served = Counting.served(from, row.months(), cutoff);
		List<String> reasons = served ? List.of()
				: List.of("资历不足：自" + from + "起计算，至" + cutoff + "未满" + row.years().toPlainString()
						+ "年，最早可申报" + earliest + "年度评审。", exceptional(target));
		return new EligibilityResult(served, served ? Route.NORMAL : Route.EXCEPTIONAL, row.rule(), from, cutoff,
				row.years(), earliest, null, window(materialsFrom, cutoff), reasons);
	}

	private EligibilityResult recognition(EligibilityRequest request) {
		Education education = Objects.requireNonNull(request.education());
		LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
		LocalDate from = workFrom(request);
		String rule = "初次职称考核认定（DOMAIN.md §2.4）";
		if (!Boolean.TRUE.equals(education.fullTime())) {
			return new EligibilityResult(false, Route.NORMAL, rule, from, asOf, null, null, null, window(from, asOf),
					List.of("非全日制学历（成人、函授、网络教育等）不能申请初次职称考核认定，须参加职称评审。"));
		}
		List<Requirement> rows = Requirements.recognition(education.level());
		@Nullable Level grantable = rows.stream()
			.filter(row -> Counting.served(from, row.months(), asOf))
			.map(Requirement::target)
			.max(Enum::compareTo)
			.orElse(null);
		Requirement row = rows.stream().filter(candidate -> candidate.target() == request.targetLevel()).findFirst()
			.orElse(null);
		if (row == null) {
			String reason = education.level().chinese() + "学历不能考核认定" + request.targetLevel().engineeringTitle()
					+ "级别；初次认定只授予员级、助理级或中级，且按学历对应。";
			return new EligibilityResult(false, Route.NORMAL, rule, from, asOf, null, null, grantable,
					window(from, asOf), List.of(reason));
		}
		boolean served = Counting.served(from, row.months(), asOf);
		List<String> reasons = served ? List.of()
				: List.of("工作年限不足：自" + from + "起至" + asOf + "未满" + row.years().toPlainString() + "年。");
		return new EligibilityResult(served, Route.NORMAL, row.rule(), from, asOf, row.years(), null, grantable,
				window(from, asOf), reasons);
	}

	/** Full-time study is not 专业技术工作 (DOMAIN.md §2.3): work before graduating counts from graduation. */
	private static LocalDate workFrom(EligibilityRequest request) {
		LocalDate started = Objects.requireNonNull(request.workStartedOn(), "workStartedOn");
		LocalDate graduated = Objects.requireNonNull(request.education()).graduatedOn();
		boolean fullTime = Boolean.TRUE.equals(request.education().fullTime());
		return fullTime && graduated != null && graduated.isAfter(started) ? graduated : started;
	}

	private static EligibilityResult refused(Route route, String rule, LocalDate cutoff, List<String> reasons) {
		return new EligibilityResult(false, route, rule, null, cutoff, null, null, null, null, reasons);
	}

	private static String exceptional(Level target) {
		return EXCEPTIONAL_ROUTE.formatted(target.engineeringTitle());
	}

	private static String next(Level level) {
		Level[] levels = Level.values();
		return level.ordinal() + 1 < levels.length ? levels[level.ordinal() + 1].engineeringTitle() : "（已是最高级别）";
	}

	private static Window window(LocalDate from, LocalDate to) {
		return new Window(from, to);
	}

}
