package cn.zhicheng.portal.account.web.admin;

import cn.zhicheng.portal.account.AccountRules;
import cn.zhicheng.portal.account.domain.UserAdministration.NewStaff;
import cn.zhicheng.portal.validation.MobileNumbers;
import cn.zhicheng.portal.validation.ValidMobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** 新建工作人员账户: who, and the role with its jurisdiction. No password field: the portal generates one. */
class NewStaffForm extends ScopeForm {

	@NotBlank(message = "{admin.users.username.required}")
	@Pattern(regexp = AccountRules.USERNAME, message = "{admin.users.username.pattern}")
	private String username = "";

	/** The same rule as registration's 真实姓名: Han characters, Latin letters and the middle dot. */
	@NotBlank(message = "{admin.users.real-name.required}")
	@Pattern(regexp = AccountRules.REAL_NAME, message = "{admin.users.real-name.pattern}")
	private String realName = "";

	/** Optional for staff; when given, stored in its normal form so the uniqueness check sees one spelling. */
	@ValidMobile
	private String mobile = "";

	NewStaff toCommand() {
		String normalMobile = mobile.isBlank() ? null : MobileNumbers.check(mobile).value();
		return new NewStaff(username, realName, normalMobile, toScope());
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username.strip();
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
