package cn.zhicheng.portal.application.committee;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** 新建评审会议: the committee, the 评审年度, the date, the chair and the members expected and present. */
public class SessionForm {

	@NotNull(message = "{committee.session.committee.required}")
	private @Nullable Long committeeId;

	@NotNull(message = "{committee.session.review-year.required}")
	@Min(value = 2000, message = "{committee.session.review-year.range}")
	@Max(value = 2100, message = "{committee.session.review-year.range}")
	private @Nullable Integer reviewYear;

	@NotNull(message = "{committee.session.held-on.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;

	@NotBlank(message = "{committee.session.chair.required}")
	@Size(max = 40, message = "{committee.session.chair.size}")
	private @Nullable String chair;

	@NotNull(message = "{committee.session.members-total.required}")
	@Min(value = 1, message = "{committee.session.members.range}")
	@Max(value = 999, message = "{committee.session.members.range}")
	private @Nullable Integer membersTotal;

	@NotNull(message = "{committee.session.members-present.required}")
	@Min(value = 1, message = "{committee.session.members.range}")
	@Max(value = 999, message = "{committee.session.members.range}")
	private @Nullable Integer membersPresent;

	NewSession toCommand() {
		return new NewSession(Objects.requireNonNull(committeeId), Objects.requireNonNull(reviewYear),
				Objects.requireNonNull(heldOn), Objects.requireNonNull(membersTotal),
				Objects.requireNonNull(membersPresent), Objects.requireNonNull(chair));
	}

	public @Nullable Long getCommitteeId() {
		return committeeId;
	}

	public void setCommitteeId(@Nullable Long committeeId) {
		this.committeeId = committeeId;
	}

	public @Nullable Integer getReviewYear() {
		return reviewYear;
	}

	public void setReviewYear(@Nullable Integer reviewYear) {
		this.reviewYear = reviewYear;
	}

	public @Nullable LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(@Nullable LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public @Nullable String getChair() {
		return chair;
	}

	public void setChair(@Nullable String chair) {
		this.chair = chair;
	}

	public @Nullable Integer getMembersTotal() {
		return membersTotal;
	}

	public void setMembersTotal(@Nullable Integer membersTotal) {
		this.membersTotal = membersTotal;
	}

	public @Nullable Integer getMembersPresent() {
		return membersPresent;
	}

	public void setMembersPresent(@Nullable Integer membersPresent) {
		this.membersPresent = membersPresent;
	}

}
