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

	/** A file that passed (any business type): whose it is and of which type; empty for any other status. */
	Optional<PassedCase> passed(long applicationId);

	/**
	 * Whether a passed file's result is final on {@code today}: an evaluation once its committee's 评后公示 has run;
	 * a recognition, a reissue or a commission as soon as it passed (no committee notice of ours applies).
	 */
	boolean resultFinal(long applicationId, LocalDate today);

	/** Passed files whose result is final on {@code today}, by id. */
	List<Long> finalPasses(LocalDate today);

	record PassedCase(long applicantId, ApplicationType type) {
	}

	/** Whether the reviewer holds the file: the same SQL scope as their queue; drafts are nobody's. */
	boolean heldBy(PortalUser reviewer, long applicationId);

}
