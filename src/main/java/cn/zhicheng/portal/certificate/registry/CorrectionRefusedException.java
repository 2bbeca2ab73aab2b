package cn.zhicheng.portal.certificate.registry;

/** A correction request or resolution refused by a defence or rule; nothing was stored. */
class CorrectionRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	CorrectionRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

	/** A refusal for sending too often, answered with 429. */
	boolean limit() {
		return messageKey.endsWith("-limit");
	}

}
