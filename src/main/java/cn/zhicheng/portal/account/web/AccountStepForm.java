package cn.zhicheng.portal.account.web;

import cn.zhicheng.portal.account.AccountRules;
import cn.zhicheng.portal.validation.ValidMobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** 注册第一步 账户信息. The password is checked against the policy by the controller, which knows the policy's numbers. */
class AccountStepForm {

	@NotBlank(message = "{register.username.required}")
	@Pattern(regexp = AccountRules.USERNAME, message = "{register.username.pattern}")
	private String username = "";

	private String password = "";

	private String confirmPassword = "";

	@NotBlank(message = "{register.mobile.required}")
	@ValidMobile
	private String mobile = "";

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

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile.strip();
	}

}
