package cn.zhicheng.portal.application;

/**
 * Something a rule of the portal will not do, told to the person in their words: {@code messageKey} and
 * {@code arguments} name the Chinese message that says why. Each capability refuses with its own subclass so callers
 * can tell an upload's refusal from a committee's.
 */
public class RefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RefusedException(String messageKey, Object... arguments) {
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
