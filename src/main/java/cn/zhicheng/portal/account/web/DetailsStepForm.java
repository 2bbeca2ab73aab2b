package cn.zhicheng.portal.account.web;

import cn.zhicheng.portal.account.AccountRules;
import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.validation.ValidIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** 注册第二步 详细信息: gender and birth date are read from the ID number, so they are not fields. */
class DetailsStepForm {

	/** Chinese names, with the middle dot of ethnic-minority and foreign names; Latin letters for foreign nationals. */
	@NotBlank(message = "{register.real-name.required}")
	@Pattern(regexp = AccountRules.REAL_NAME, message = "{register.real-name.pattern}")
	private String realName = "";

	@NotBlank(message = "{register.id-number.required}")
	@ValidIdNumber
	private String idNumber = "";

	@NotNull(message = "{register.education.required}")
	private @Nullable Education education;

	public String getRealName() {
		return realName;
	}

	public void setRealName(String realName) {
		this.realName = realName.strip();
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber.strip();
	}

	public @Nullable Education getEducation() {
		return education;
	}

	public void setEducation(@Nullable Education education) {
		this.education = education;
	}

}
