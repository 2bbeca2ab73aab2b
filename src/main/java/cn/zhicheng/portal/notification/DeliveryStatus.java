package cn.zhicheng.portal.notification;

/**
 * Where a message stands in the outbox. In-app messages are {@link #SENT} when recorded; SMS and email wait as
 * {@link #PENDING} until a gateway takes them, and end {@link #FAILED} when every attempt was refused.
 */
public enum DeliveryStatus {

	PENDING, SENT, FAILED

}
