package cn.zhicheng.portal.account;

/** What a one-time code sent to a mobile number is for; a code of one purpose never serves another. */
public enum CodePurpose {

	REGISTRATION, PASSWORD_RESET

}
