package cn.zhicheng.portal.application.notice;

/** An objection the defences or the rules refuse; {@code messageKey} says why, in words the sender can act on. */
public class ObjectionRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	ObjectionRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
