package cn.zhicheng.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** 找回密码, second half: the code and the new password, with who carried along from the first half. */
class ResetForm extends ResetRequestForm {

	@NotBlank(message = "{register.code.required}")
	private String code = "";

	private String password = "";

	private String confirmPassword = "";

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code.strip();
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

}
