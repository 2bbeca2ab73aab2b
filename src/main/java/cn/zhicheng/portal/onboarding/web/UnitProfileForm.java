package cn.zhicheng.portal.onboarding.web;

import cn.zhicheng.portal.unit.EditUnitProfile;
import cn.zhicheng.portal.unit.UnitProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a unit's officers may change themselves; {@code version} is the one they saw, sent back as a hidden field. */
class UnitProfileForm {

	@NotBlank(message = "{onboarding.address.required}")
	@Size(max = 200, message = "{onboarding.address.size}")
	private String address = "";

	@NotBlank(message = "{onboarding.contact-name.required}")
	@Size(max = 64, message = "{onboarding.contact-name.size}")
	private String contactName = "";

	@NotBlank(message = "{onboarding.contact-phone.required}")
	@Pattern(regexp = ContactFields.PHONE_PATTERN, message = "{onboarding.contact-phone.pattern}")
	private String contactPhone = "";

	private long version;

	static UnitProfileForm of(UnitProfile unit) {
		UnitProfileForm form = new UnitProfileForm();
		form.address = orEmpty(unit.address());
		form.contactName = orEmpty(unit.contactName());
		form.contactPhone = orEmpty(unit.contactPhone());
		form.version = unit.version();
		return form;
	}

	EditUnitProfile toCommand(long unitId) {
		return new EditUnitProfile(unitId, address, contactName, contactPhone, version);
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address.strip();
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName.strip();
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
