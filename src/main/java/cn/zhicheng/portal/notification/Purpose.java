package cn.zhicheng.portal.notification;

/**
 * Why a message was sent, as the 发送记录 groups and labels it ({@code notification.purpose.*} message keys). Stored
 * by name: add new purposes at will, never rename one.
 */
public enum Purpose {

	REGISTRATION_CODE, PASSWORD_RESET_CODE, UNIT_CHANGE, UNIT_APPROVAL, ACCOUNT, APPLICATION, REMINDER;

	/**
	 * A one-time code the recipient is waiting for with a form open: delivered as soon as the sender's transaction
	 * commits rather than at the dispatcher's next round, and kept out of the 发送记录 once a real provider carries it.
	 */
	public boolean oneTimeCode() {
		return this == REGISTRATION_CODE || this == PASSWORD_RESET_CODE;
	}

}
