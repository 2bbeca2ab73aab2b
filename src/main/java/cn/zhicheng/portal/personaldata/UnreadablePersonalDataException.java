package cn.zhicheng.portal.personaldata;

/**
 * A stored number cannot be opened: another key, or a value changed behind the portal's back. Never carries the
 * value itself, so the message is safe to log.
 */
public class UnreadablePersonalDataException extends RuntimeException {

	UnreadablePersonalDataException(String message) {
		super(message);
	}

}
