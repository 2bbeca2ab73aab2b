package cn.zhicheng.portal.notification;

/** How a message reaches its recipient. */
public enum Channel {

	/** A text message to a mobile number, through the {@link NotificationGateway}. */
	SMS,

	/** A message in the recipient's account, delivered by being recorded. */
	IN_APP

}
