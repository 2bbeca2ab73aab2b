package cn.zhicheng.portal.account;

import cn.zhicheng.portal.validation.ValidMobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

/**
 * The fields every form that opens an account asks for — username, a chosen password with its confirmation, and the
 * mobile — with the same rules and messages wherever they appear (personal registration, a unit's officer).
 */
public class NewAccountFields {

	@NotBlank(message = "{register.username.required}")
	@Pattern(regexp = AccountRules.USERNAME, message = "{register.username.pattern}")
	private String username = "";

	private String password = "";

	private String confirmPassword = "";

	@NotBlank(message = "{register.mobile.required}")
	@ValidMobile
	private String mobile = "";

	/** The password against the policy, whose numbers go into the message. */
	public void checkPassword(PasswordPolicy policy, Errors errors) {
		policy.check(password, confirmPassword, errors);
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

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile.strip();
	}

}
