package cn.zhicheng.portal.account;

/**
 * The shape of a username and a real name, the same on every form that opens an account (personal registration, a
 * unit's officer, an administrator's staff account), so one name is valid everywhere or nowhere.
 */
public final class AccountRules {

	/** 4 to 32 characters starting with a letter; empty passes, so {@code @NotBlank} alone reports a missing one. */
	public static final String USERNAME = "^$|^[A-Za-z][A-Za-z0-9_.-]{3,31}$";

	/** Chinese names with the middle dot of ethnic-minority and foreign names; Latin letters for foreign nationals. */
	public static final String REAL_NAME = "^$|^[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z·•. ]{0,29}$";

	private AccountRules() {
	}

}
