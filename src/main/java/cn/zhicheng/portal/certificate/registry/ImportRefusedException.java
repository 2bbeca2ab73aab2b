package cn.zhicheng.portal.certificate.registry;

/** The whole file was refused (size, kind, header): nothing was imported. Carries a message key and its arguments. */
class ImportRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	ImportRefusedException(String messageKey, Object... arguments) {
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

}
