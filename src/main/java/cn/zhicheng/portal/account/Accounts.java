package cn.zhicheng.portal.account;

import java.util.Map;

/** The account capability as other modules use it: seeding accounts and reading counts. */
public interface Accounts {

	/**
	 * Creates the account unless the username is taken; answers whether it did, so seeding can run on every start.
	 * @throws WeakPasswordException when the password breaks the {@link PasswordPolicy}
	 */
	boolean createIfAbsent(NewAccount account);

	boolean anyWithRole(Role role);

	/** How many accounts each role has; roles with none are present with 0. */
	Map<Role, Long> countByRole();

}
