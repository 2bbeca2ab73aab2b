package cn.zhicheng.portal.validation;

/** A person's gender as the ID number states it: the 17th digit, odd for male and even for female (GB 11643). */
public enum Gender {

	MALE, FEMALE;

	/** The key of the word for it in the message bundles, e.g. 男 / 女. */
	public String messageKey() {
		return "validation.gender." + name();
	}

}
