package cn.zhicheng.portal.application.export;

/** An export that cannot start or cannot be downloaded; the message key says why, in the user's language. */
public class ExportRefusedException extends RuntimeException {

	private final String messageKey;

	public ExportRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
