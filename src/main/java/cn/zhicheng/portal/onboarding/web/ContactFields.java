package cn.zhicheng.portal.onboarding.web;

/** The contact phone may be a mobile or a landline (0763-3381234, with an extension or not); the column holds 20. */
final class ContactFields {

	static final String PHONE_PATTERN = "^$|^[0-9+][0-9 ()+-]{6,19}$";

	private ContactFields() {
	}

}
