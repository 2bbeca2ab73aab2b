package cn.zhicheng.portal.application.pack;

import cn.zhicheng.portal.application.RefusedException;

/**
 * A pack that will not be made: the viewer's role may not make one, the committee is unknown or outside the viewer's
 * city (told exactly as unknown, so its existence is not revealed), the recipient's name is missing or too long, or the
 * committee has more files than one pack may hold. {@link CommitteePack#message} words it.
 */
public class PackRefusedException extends RefusedException {

	public PackRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
