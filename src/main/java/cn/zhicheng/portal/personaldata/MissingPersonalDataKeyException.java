package cn.zhicheng.portal.personaldata;

/** The portal was given a database but no key, or a key it cannot use: it must not start and write numbers in clear. */
class MissingPersonalDataKeyException extends RuntimeException {

	MissingPersonalDataKeyException(String message) {
		super(message);
	}

}
