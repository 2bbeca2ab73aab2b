package cn.zhicheng.portal.application.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The committee's arithmetic ({@code portal.committee.*}). 人社部令第40号 as DOMAIN.md §6.3 reads it, tagged [M] and
 * so configurable: a session sits only when at least two thirds of its members attend ({@code quorum}), and a
 * candidate passes with 同意 votes of at least two thirds of the members present ({@code pass-ratio}). The public
 * page keeps a finished 评后公示 for {@code results-shown-days} after it ends.
 *
 * @param quorum share of the members who must be present
 * @param passRatio share of the members present whose 同意 a pass needs
 * @param resultsShownDays days a result notice stays on the public page after its end
 */
@ConfigurationProperties("portal.committee")
public record CommitteePolicy(@DefaultValue("2/3") Fraction quorum, @DefaultValue("2/3") Fraction passRatio,
		@DefaultValue("30") int resultsShownDays) {

	public CommitteePolicy {
		if (resultsShownDays < 0) {
			throw new IllegalArgumentException("portal.committee.results-shown-days must not be negative");
		}
	}

	/** The fewest members who must attend a session of {@code total}. */
	public int quorumOf(int total) {
		return quorum.minimumOf(total);
	}

	public boolean quorate(int total, int present) {
		return present <= total && quorum.reachedBy(present, total);
	}

	/** The fewest 同意 votes that pass a candidate with {@code present} members present. */
	public int votesToPass(int present) {
		return passRatio.minimumOf(present);
	}

	public VoteOutcome outcome(int agree, int present) {
		return passRatio.reachedBy(agree, present) ? VoteOutcome.PASS : VoteOutcome.FAIL;
	}

}
