package cn.zhicheng.portal.account;

/** A new password that is one of the account's last {@link PasswordRotation#history()}: the form says so. */
public class PasswordReusedException extends IllegalArgumentException {

	public PasswordReusedException() {
		super("The new password is one of the account's recent passwords");
	}

}
