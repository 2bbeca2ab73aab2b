package cn.zhicheng.portal.account;

/** A password that breaks the {@link PasswordPolicy}. */
public class WeakPasswordException extends IllegalArgumentException {

	public WeakPasswordException(String username) {
		super("The password for " + username + " does not meet the password policy");
	}

}
