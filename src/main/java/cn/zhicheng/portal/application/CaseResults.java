package cn.zhicheng.portal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.account.PortalUser;

/**
 * Finished cases as other capabilities (certificates, issue #7) need them, so the rule "passed, and the 评后公示 has
 * run" lives in one place: the committee's result is final from the day after its notice's last day (DOMAIN.md §4.1,
 * §7.1 steps 6–7).
 */
public interface CaseResults {

	/** The applicant of a file that passed an evaluation; empty for any other file or status. */
	Optional<Long> passedEvaluationHolder(long applicationId);

	/** Whether the file's committee result was published and its notice has run by {@code today}. */
	boolean resultFinal(long applicationId, LocalDate today);

	/** Passed evaluations whose result is final on {@code today}, by id. */
	List<Long> finalPasses(LocalDate today);

	/** Whether the reviewer holds the file: the same SQL scope as their queue; drafts are nobody's. */
	boolean heldBy(PortalUser reviewer, long applicationId);

}
