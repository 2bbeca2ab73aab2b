package cn.zhicheng.portal.application.web;

import cn.zhicheng.portal.application.ApplicationType;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** 新建业务申请: the business type and the 评审年度. */
class NewApplicationForm {

	@NotNull(message = "{application.new.type.required}")
	private @Nullable ApplicationType type;

	@NotNull(message = "{application.new.year.required}")
	private @Nullable Integer reviewYear;

	public @Nullable ApplicationType getType() {
		return type;
	}

	public void setType(@Nullable ApplicationType type) {
		this.type = type;
	}

	public @Nullable Integer getReviewYear() {
		return reviewYear;
	}

	public void setReviewYear(@Nullable Integer reviewYear) {
		this.reviewYear = reviewYear;
	}

}
