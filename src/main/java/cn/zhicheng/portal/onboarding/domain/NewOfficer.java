package cn.zhicheng.portal.onboarding.domain;

/** A unit HR officer's account to open; the password is plain text here and hashed by the account module. */
public record NewOfficer(String username, String password, String realName, String mobile) {

	/** Never prints the password. */
	@Override
	public String toString() {
		return "NewOfficer[" + username + "]";
	}

}
