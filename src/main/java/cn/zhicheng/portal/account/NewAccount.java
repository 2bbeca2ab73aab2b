package cn.zhicheng.portal.account;

import org.jspecify.annotations.Nullable;

/** What it takes to open an account; the password is plain text here and hashed before it is stored. */
public record NewAccount(String username, String password, String displayName, Role role, @Nullable Long unitId,
		@Nullable Long regionId, @Nullable String mobile) {

	public NewAccount(String username, String password, String displayName, Role role, @Nullable Long unitId,
			@Nullable Long regionId) {
		this(username, password, displayName, role, unitId, regionId, null);
	}

	/** Never prints the password. */
	@Override
	public String toString() {
		return "NewAccount[" + username + ", " + role + "]";
	}

}
