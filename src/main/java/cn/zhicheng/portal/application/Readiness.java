package cn.zhicheng.portal.application;

import java.util.List;

import cn.zhicheng.portal.eligibility.EligibilityResult;
import cn.zhicheng.portal.eligibility.EvidenceFindings;
import org.jspecify.annotations.Nullable;

/**
 * Whether a file may be submitted, and if not, why: each problem names the step that fixes it (完善个人信息 leads
 * there). The eligibility result and evidence findings are shown beside it, so the applicant sees the rule applied.
 */
public record Readiness(List<Problem> problems, List<Problem> warnings, @Nullable EligibilityResult eligibility,
		@Nullable EvidenceFindings evidence) {

	public Readiness {
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

	public boolean ready() {
		return problems.isEmpty();
	}

	/** A message key with one argument (the engine's own Chinese reason goes in as the argument). */
	public record Problem(FilingStep step, String messageKey, @Nullable String argument) {
	}

}
