package cn.zhicheng.portal.onboarding.web;

import cn.zhicheng.portal.account.AccountRules;
import cn.zhicheng.portal.account.NewAccountFields;
import cn.zhicheng.portal.onboarding.domain.NewOfficer;
import cn.zhicheng.portal.validation.MobileNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A unit HR officer's account: on its own when an officer adds a colleague, and as the second half of a unit's
 * registration. The username rule is personal registration's, so one account name works the same everywhere.
 */
class OfficerForm extends NewAccountFields {

	@NotBlank(message = "{register.real-name.required}")
	@Pattern(regexp = AccountRules.REAL_NAME, message = "{register.real-name.pattern}")
	private String realName = "";

	NewOfficer toOfficer() {
		return new NewOfficer(getUsername(), getPassword(), realName, MobileNumbers.check(getMobile()).value());
	}

	public String getRealName() {
		return realName;
	}

	public void setRealName(String realName) {
		this.realName = realName.strip();
	}

}
