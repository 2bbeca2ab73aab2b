package cn.zhicheng.portal.eligibility;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings in Chinese. problems: each unmet condition (blocking for a normal-route submit); warnings: not blocking
 * (e.g. an achievement outside the window, which simply does not count); outsideWindow: ids of such achievements;
 * yearsChecked: the years whose continuing education and appraisal were required, ascending.
 */
public record EvidenceFindings(List<String> problems, List<String> warnings, Set<Long> outsideWindow,
		List<Integer> yearsChecked) {

	public EvidenceFindings {
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
		// Kept in the order given, so that the ids follow the warnings that name them.
		outsideWindow = Collections.unmodifiableSet(new LinkedHashSet<>(outsideWindow));
		yearsChecked = List.copyOf(yearsChecked);
	}

	public boolean satisfied() {
		return problems.isEmpty();
	}

}
