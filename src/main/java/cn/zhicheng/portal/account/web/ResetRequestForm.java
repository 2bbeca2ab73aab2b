package cn.zhicheng.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** 找回密码, first half: who. */
class ResetRequestForm {

	@NotBlank(message = "{password-reset.required}")
	private String username = "";

	@NotBlank(message = "{password-reset.required}")
	private String mobile = "";

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username.strip();
	}

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile.strip();
	}

}
