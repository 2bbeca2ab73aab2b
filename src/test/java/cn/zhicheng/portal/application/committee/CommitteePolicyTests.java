package cn.zhicheng.portal.application.committee;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The committee's arithmetic, exact in integers: a quorum of two thirds of the members, a pass with 同意 of two thirds
 * of those present (DOMAIN.md §6.3, [M]), and other shares when configured so.
 */
class CommitteePolicyTests {

	private final CommitteePolicy twoThirds = new CommitteePolicy(Fraction.valueOf("2/3"), Fraction.valueOf("2/3"), 30);

	@Test
	void aPassNeedsTwoThirdsOfTheMembersPresent() {
		assertThat(twoThirds.outcome(6, 9)).isEqualTo(VoteOutcome.PASS);
		assertThat(twoThirds.outcome(5, 9)).isEqualTo(VoteOutcome.FAIL);
		assertThat(twoThirds.outcome(7, 10)).isEqualTo(VoteOutcome.PASS);
		assertThat(twoThirds.outcome(6, 10)).isEqualTo(VoteOutcome.FAIL);
		assertThat(twoThirds.votesToPass(9)).isEqualTo(6);
		assertThat(twoThirds.votesToPass(10)).isEqualTo(7);
		assertThat(twoThirds.outcome(9, 9)).isEqualTo(VoteOutcome.PASS);
		assertThat(twoThirds.outcome(0, 9)).isEqualTo(VoteOutcome.FAIL);
	}

	@Test
	void aSessionSitsWithTwoThirdsOfItsMembers() {
		assertThat(twoThirds.quorumOf(15)).isEqualTo(10);
		assertThat(twoThirds.quorate(15, 10)).isTrue();
		assertThat(twoThirds.quorate(15, 9)).isFalse();
		assertThat(twoThirds.quorumOf(16)).isEqualTo(11);
		assertThat(twoThirds.quorate(16, 10)).isFalse();
		assertThat(twoThirds.quorate(16, 17)).as("more present than members").isFalse();
	}

	@Test
	void otherSharesAreHonouredWhenConfigured() {
		CommitteePolicy configured = new CommitteePolicy(Fraction.valueOf("1/2"), Fraction.valueOf(" 3 / 4 "), 30);
		assertThat(configured.outcome(6, 8)).isEqualTo(VoteOutcome.PASS);
		assertThat(configured.outcome(5, 8)).isEqualTo(VoteOutcome.FAIL);
		// 2/3 would pass 7 of 10; 3/4 needs 8 (7.5 rounded up).
		assertThat(configured.outcome(7, 10)).isEqualTo(VoteOutcome.FAIL);
		assertThat(configured.votesToPass(10)).isEqualTo(8);
		assertThat(configured.quorate(10, 5)).isTrue();
		assertThat(configured.quorate(10, 4)).isFalse();
	}

	@Test
	void largeNumbersDoNotOverflow() {
		Fraction share = new Fraction(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
		assertThat(share.reachedBy(Integer.MAX_VALUE, Integer.MAX_VALUE)).isTrue();
		assertThat(share.reachedBy(Integer.MAX_VALUE - 2, Integer.MAX_VALUE)).isFalse();
	}

	@Test
	void aShareIsWrittenNumeratorSlashDenominator() {
		assertThat(Fraction.valueOf("2/3")).isEqualTo(new Fraction(2, 3)).hasToString("2/3");
		assertThatIllegalArgumentException().isThrownBy(() -> Fraction.valueOf("3/2"));
		assertThatIllegalArgumentException().isThrownBy(() -> Fraction.valueOf("0/3"));
		assertThatIllegalArgumentException().isThrownBy(() -> Fraction.valueOf("0.66"));
		assertThatIllegalArgumentException().isThrownBy(() -> Fraction.valueOf("a/b"));
	}

}
