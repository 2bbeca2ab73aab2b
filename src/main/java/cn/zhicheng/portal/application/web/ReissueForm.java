package cn.zhicheng.portal.application.web;

import cn.zhicheng.portal.application.ReissueReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * 证书补发申请: which certificate and why. The number is free text (DOMAIN.md §5.4: no official pattern was found),
 * trimmed, letters, digits and a few separators only.
 */
class ReissueForm {

	private long version;

	@NotBlank(message = "{application.reissue.number.required}")
	@Size(max = 60, message = "{application.text.too-long}")
	@Pattern(regexp = "^\\s*[\\p{Alnum}\\p{IsHan}\\-（）()〔〕\\[\\]]*\\s*$",
			message = "{application.reissue.number.invalid}")
	private @Nullable String certificateNo;

	@NotNull(message = "{application.reissue.reason.required}")
	private @Nullable ReissueReason reason;

	@Size(max = 500, message = "{application.text.too-long}")
	private @Nullable String details;

	void check(Errors errors) {
		if (reason == ReissueReason.DETAILS_CHANGED && PersonalForm.trim(details) == null) {
			errors.rejectValue("details", "application.reissue.details.required");
		}
	}

	// @formatter:off
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public @Nullable String getCertificateNo() { return certificateNo; }
	public void setCertificateNo(@Nullable String certificateNo) { this.certificateNo = certificateNo; }
	public @Nullable ReissueReason getReason() { return reason; }
	public void setReason(@Nullable ReissueReason reason) { this.reason = reason; }
	public @Nullable String getDetails() { return details; }
	public void setDetails(@Nullable String details) { this.details = details; }
	// @formatter:on

}
