package cn.zhicheng.portal.application.committee;

import cn.zhicheng.portal.application.RefusedException;

/**
 * Something the committee's rules do not allow: too few members present, more ballots than members, a file voted
 * twice, results published twice. {@code messageKey} and {@code arguments} name the Chinese message that says why.
 */
public class CommitteeRefusedException extends RefusedException {

	public CommitteeRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
