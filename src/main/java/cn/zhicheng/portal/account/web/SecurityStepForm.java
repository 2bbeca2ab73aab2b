package cn.zhicheng.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** 注册第三步 账号安全信息: the code sent to the mobile. Its length is the policy's, checked on verification. */
class SecurityStepForm {

	@NotBlank(message = "{register.code.required}")
	private String code = "";

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code.strip();
	}

}
