package cn.zhicheng.portal.application.notice;

import cn.zhicheng.portal.validation.MobileNumbers;
import cn.zhicheng.portal.validation.ValidMobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The public objection form. {@code website} is the honeypot: hidden from people and assistive technology, so only a
 * script fills it. {@code stamp} is the signed time the form was shown.
 */
public class ObjectionForm {

	@NotBlank(message = "{notice.objection.text.required}")
	private @Nullable String text;

	@Size(max = 40, message = "{notice.objection.contact-name.too-long}")
	private @Nullable String contactName;

	@ValidMobile
	private @Nullable String contactPhone;

	private @Nullable String website;

	private @Nullable String stamp;

	/** The length rule counts the trimmed text, as the table's check does. */
	void check(Errors errors) {
		if (text != null && !text.isBlank()) {
			int length = text.strip().length();
			if (length < LodgeObjection.MIN_TEXT || length > LodgeObjection.MAX_TEXT) {
				errors.rejectValue("text", "notice.objection.text.length");
			}
		}
	}

	LodgeObjection toCommand(String clientAddress) {
		String phone = contactPhone == null || contactPhone.isBlank() ? null
				: MobileNumbers.check(contactPhone).value();
		return new LodgeObjection(text == null ? "" : text, contactName, phone, website, stamp, clientAddress);
	}

	// @formatter:off
	public @Nullable String getText() { return text; }
	public void setText(@Nullable String text) { this.text = text; }
	public @Nullable String getContactName() { return contactName; }
	public void setContactName(@Nullable String contactName) { this.contactName = contactName; }
	public @Nullable String getContactPhone() { return contactPhone; }
	public void setContactPhone(@Nullable String contactPhone) { this.contactPhone = contactPhone; }
	public @Nullable String getWebsite() { return website; }
	public void setWebsite(@Nullable String website) { this.website = website; }
	public @Nullable String getStamp() { return stamp; }
	public void setStamp(@Nullable String stamp) { this.stamp = stamp; }
	// @formatter:on

}
