package cn.zhicheng.portal.application.committee;

import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The session's vote on one file: 同意, 不同意 and 弃权 counts. */
public class VoteForm {

	/** The names of the count fields, in the order the page shows them. */
	static final java.util.List<String> COUNTS = java.util.List.of("agree", "disagree", "abstain");

	@NotNull(message = "{committee.vote.file.required}")
	private @Nullable Long applicationId;

	@NotNull(message = "{committee.vote.count.required}")
	@Min(value = 0, message = "{committee.vote.count.range}")
	@Max(value = 999, message = "{committee.vote.count.range}")
	private @Nullable Integer agree;

	@NotNull(message = "{committee.vote.count.required}")
	@Min(value = 0, message = "{committee.vote.count.range}")
	@Max(value = 999, message = "{committee.vote.count.range}")
	private @Nullable Integer disagree;

	@NotNull(message = "{committee.vote.count.required}")
	@Min(value = 0, message = "{committee.vote.count.range}")
	@Max(value = 999, message = "{committee.vote.count.range}")
	private @Nullable Integer abstain;

	Ballots toBallots() {
		return new Ballots(Objects.requireNonNull(agree), Objects.requireNonNull(disagree),
				Objects.requireNonNull(abstain));
	}

	public @Nullable Long getApplicationId() {
		return applicationId;
	}

	public void setApplicationId(@Nullable Long applicationId) {
		this.applicationId = applicationId;
	}

	public @Nullable Integer getAgree() {
		return agree;
	}

	public void setAgree(@Nullable Integer agree) {
		this.agree = agree;
	}

	public @Nullable Integer getDisagree() {
		return disagree;
	}

	public void setDisagree(@Nullable Integer disagree) {
		this.disagree = disagree;
	}

	public @Nullable Integer getAbstain() {
		return abstain;
	}

	public void setAbstain(@Nullable Integer abstain) {
		this.abstain = abstain;
	}

}
