package cn.zhicheng.portal.onboarding.web;

import cn.zhicheng.portal.account.AccountRules;
import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.onboarding.domain.NewOfficer;
import cn.zhicheng.portal.validation.MobileNumbers;
import cn.zhicheng.portal.validation.ValidMobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

/**
 * A unit HR officer's account: on its own when an officer adds a colleague, and as the second half of a unit's
 * registration. The username rule is personal registration's, so one account name works the same everywhere.
 */
class OfficerForm {

	@NotBlank(message = "{register.username.required}")
	@Pattern(regexp = AccountRules.USERNAME, message = "{register.username.pattern}")
	private String username = "";

	private String password = "";

	private String confirmPassword = "";

	@NotBlank(message = "{register.real-name.required}")
	@Pattern(regexp = AccountRules.REAL_NAME, message = "{register.real-name.pattern}")
	private String realName = "";

	@NotBlank(message = "{register.mobile.required}")
	@ValidMobile
	private String mobile = "";

	void checkPassword(PasswordPolicy policy, Errors errors) {
		policy.check(password, confirmPassword, errors);
	}

	NewOfficer toOfficer() {
		return new NewOfficer(username, password, realName, MobileNumbers.check(mobile).value());
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public String getRealName() {
		return realName;
	}

	public void setRealName(String realName) {
		this.realName = realName.strip();
	}

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile.strip();
	}

}
