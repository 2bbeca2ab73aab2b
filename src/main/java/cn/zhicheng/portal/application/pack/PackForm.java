package cn.zhicheng.portal.application.pack;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 评审材料包 as the committee office asks for it: the committee, the 评审年度 and the 评审专家 whose name is watermarked.
 *
 * @param committeeId the committee
 * @param reviewYear the 评审年度
 * @param recipient the 评审专家 the pack is made for
 */
public record PackForm(@NotNull(message = "{pack.form.committee.required}") @Nullable Long committeeId,
		@NotNull(message = "{pack.form.year.required}") @Min(value = 2000, message = "{pack.form.year.range}")
		@Max(value = 2100, message = "{pack.form.year.range}") @Nullable Integer reviewYear,
		@NotBlank(message = "{pack.form.recipient.required}")
		@Size(max = PackRequest.MAX_RECIPIENT, message = "{pack.form.recipient.size}") @Nullable String recipient) {

	/** An empty form for the given year. */
	public static PackForm blank(int reviewYear) {
		return new PackForm(null, reviewYear, null);
	}

}
