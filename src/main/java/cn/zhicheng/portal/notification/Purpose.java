package cn.zhicheng.portal.notification;

/**
 * Why a message was sent, as the 发送记录 groups and labels it ({@code notification.purpose.*} message keys). Stored
 * by name: add new purposes at will, never rename one.
 */
public enum Purpose {

	REGISTRATION_CODE, PASSWORD_RESET_CODE, UNIT_CHANGE, UNIT_APPROVAL, ACCOUNT, APPLICATION

}
