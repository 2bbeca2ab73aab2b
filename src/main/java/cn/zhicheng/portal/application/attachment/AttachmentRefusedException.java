package cn.zhicheng.portal.application.attachment;

import cn.zhicheng.portal.application.RefusedException;

/**
 * An upload or delete the portal will not do: the file is not what it must be, a limit is reached, or the application
 * is with a reviewer. {@code messageKey} and {@code arguments} name the Chinese message that tells the applicant why.
 */
public class AttachmentRefusedException extends RefusedException {

	public AttachmentRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
