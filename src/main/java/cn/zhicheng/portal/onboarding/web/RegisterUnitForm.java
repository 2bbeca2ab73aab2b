package cn.zhicheng.portal.onboarding.web;

import java.util.Objects;

import cn.zhicheng.portal.onboarding.domain.RegisterUnit;
import cn.zhicheng.portal.unit.NewUnit;
import cn.zhicheng.portal.unit.UnitType;
import cn.zhicheng.portal.validation.CreditCodes;
import cn.zhicheng.portal.validation.ValidCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 法人单位账户注册, step 2: the unit, then its first HR officer. The region was chosen in step 1 and travels as a
 * hidden field; the controller checks it again, and that the supervising unit is one it offered.
 */
class RegisterUnitForm extends OfficerForm {

	private @Nullable Long region;

	@NotBlank(message = "{onboarding.unit-name.required}")
	@Size(max = 128, message = "{onboarding.unit-name.size}")
	private String name = "";

	@NotBlank(message = "{onboarding.credit-code.required}")
	@ValidCreditCode
	private String creditCode = "";

	@NotNull(message = "{onboarding.type.required}")
	private @Nullable UnitType type;

	private @Nullable Long supervisingUnitId;

	@NotBlank(message = "{onboarding.address.required}")
	@Size(max = 200, message = "{onboarding.address.size}")
	private String address = "";

	@NotBlank(message = "{onboarding.contact-name.required}")
	@Size(max = 64, message = "{onboarding.contact-name.size}")
	private String contactName = "";

	@NotBlank(message = "{onboarding.contact-phone.required}")
	@Pattern(regexp = ContactFields.PHONE_PATTERN, message = "{onboarding.contact-phone.pattern}")
	private String contactPhone = "";

	/** The code as stored: upper case, spaces removed. */
	String normalisedCreditCode() {
		return CreditCodes.check(creditCode).value();
	}

	/** Only once the form has validated, so the type is present. */
	RegisterUnit toCommand(long regionId) {
		return new RegisterUnit(new NewUnit(name, normalisedCreditCode(), Objects.requireNonNull(type), regionId,
				supervisingUnitId, address, contactName, contactPhone), toOfficer());
	}

	public @Nullable Long getRegion() {
		return region;
	}

	public void setRegion(@Nullable Long region) {
		this.region = region;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name.strip();
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode.strip();
	}

	public @Nullable UnitType getType() {
		return type;
	}

	public void setType(@Nullable UnitType type) {
		this.type = type;
	}

	public @Nullable Long getSupervisingUnitId() {
		return supervisingUnitId;
	}

	public void setSupervisingUnitId(@Nullable Long supervisingUnitId) {
		this.supervisingUnitId = supervisingUnitId;
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

}
