package cn.zhicheng.portal.account;

import java.util.List;
import java.util.Map;

/** The account capability as other modules use it: seeding accounts and reading counts. */
public interface Accounts {

	/**
	 * Creates the account unless the username is taken; answers whether it did, so seeding can run on every start.
	 * @throws WeakPasswordException when the password breaks the {@link PasswordPolicy}
	 */
	boolean createIfAbsent(NewAccount account);

	boolean anyWithRole(Role role);

	/** Whether an account already has this (normalised) mobile number: one account per mobile. */
	boolean mobileTaken(String mobile);

	/** How many accounts each role has; roles with none are present with 0. */
	Map<Role, Long> countByRole();

	/** The accounts of one role tied to a unit (a unit's HR officers, its applicants), by name. */
	List<AccountSummary> ofUnit(long unitId, Role role);

	/** Whether an enabled account of the role serves the region (a county bureau's or city's reviewers). */
	boolean anyServing(Role role, long regionId);

	/** The enabled accounts of the role serving the region (a county's or city's reviewers), by name. */
	List<AccountSummary> serving(Role role, long regionId);

}
