package cn.zhicheng.portal.application.committee;

/**
 * Something the committee's rules do not allow: too few members present, more ballots than members, a file voted
 * twice, results published twice. {@code messageKey} and {@code arguments} name the Chinese message that says why.
 */
public class CommitteeRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public CommitteeRefusedException(String messageKey, Object... arguments) {
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
