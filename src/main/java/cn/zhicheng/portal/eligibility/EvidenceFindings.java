package cn.zhicheng.portal.eligibility;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings in Chinese. trainingProblems and appraisalProblems: each unmet condition of continuing education and of
 * appraisals (blocking for a normal-route submit; kept apart so a form can send the applicant to the right step);
 * warnings: not blocking (e.g. an achievement outside the window, which simply does not count); outsideWindow: ids of
 * such achievements; yearsChecked: the years whose continuing education and appraisal were required, ascending.
 */
public record EvidenceFindings(List<String> trainingProblems, List<String> appraisalProblems, List<String> warnings,
		Set<Long> outsideWindow, List<Integer> yearsChecked) {

	public EvidenceFindings {
		trainingProblems = List.copyOf(trainingProblems);
		appraisalProblems = List.copyOf(appraisalProblems);
		warnings = List.copyOf(warnings);
		// Kept in the order given, so that the ids follow the warnings that name them.
		outsideWindow = Collections.unmodifiableSet(new LinkedHashSet<>(outsideWindow));
		yearsChecked = List.copyOf(yearsChecked);
	}

	/** Every unmet condition: continuing education first, then appraisals. */
	public List<String> problems() {
		List<String> all = new java.util.ArrayList<>(trainingProblems);
		all.addAll(appraisalProblems);
		return List.copyOf(all);
	}

	public boolean satisfied() {
		return trainingProblems.isEmpty() && appraisalProblems.isEmpty();
	}

}
