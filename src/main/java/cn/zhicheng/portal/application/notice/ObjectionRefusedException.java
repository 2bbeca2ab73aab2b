package cn.zhicheng.portal.application.notice;

import cn.zhicheng.portal.application.RefusedException;

/** An objection the defences or the rules refuse; {@code messageKey} says why, in words the sender can act on. */
public class ObjectionRefusedException extends RefusedException {

	ObjectionRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
