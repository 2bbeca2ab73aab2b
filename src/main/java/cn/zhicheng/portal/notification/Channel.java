package cn.zhicheng.portal.notification;

/** How a message reaches its recipient. Stored by name: add channels at will, never rename one. */
public enum Channel {

	/** A text message to a mobile number, through the {@link NotificationGateway}. */
	SMS,

	/** A message in the recipient's account, delivered by being recorded. */
	IN_APP,

	/** An email to an address, through the {@link EmailGateway}. */
	EMAIL

}
