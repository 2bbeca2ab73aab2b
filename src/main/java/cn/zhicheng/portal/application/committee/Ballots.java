package cn.zhicheng.portal.application.committee;

/** The ballots cast on one file: 同意, 不同意 and 弃权, none negative. */
public record Ballots(int agree, int disagree, int abstain) {

	public Ballots {
		if (agree < 0 || disagree < 0 || abstain < 0) {
			throw new CommitteeRefusedException("committee.refused.negative");
		}
	}

	public int total() {
		return agree + disagree + abstain;
	}

	/** The reason written into the file's history with the pass or fail. */
	String reason() {
		return "同意 %d / 不同意 %d / 弃权 %d".formatted(agree, disagree, abstain);
	}

}
