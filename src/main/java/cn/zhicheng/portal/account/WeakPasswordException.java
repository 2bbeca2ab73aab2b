package cn.zhicheng.portal.account;

/** A password that breaks the {@link PasswordPolicy}; it carries the policy so the message can state the rule. */
public class WeakPasswordException extends IllegalArgumentException {

	private final PasswordPolicy policy;

	public WeakPasswordException(String username, PasswordPolicy policy) {
		super("The password for " + username + " does not meet the password policy");
		this.policy = policy;
	}

	public PasswordPolicy policy() {
		return policy;
	}

}
