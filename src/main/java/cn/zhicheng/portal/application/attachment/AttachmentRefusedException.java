package cn.zhicheng.portal.application.attachment;

/**
 * An upload or delete the portal will not do: the file is not what it must be, a limit is reached, or the application
 * is with a reviewer. {@code messageKey} and {@code arguments} name the Chinese message that tells the applicant why.
 */
public class AttachmentRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public AttachmentRefusedException(String messageKey, Object... arguments) {
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
