package cn.zhicheng.portal.notification;

import java.time.Instant;

/**
 * A sent message as inboxes and the 发送记录 show it. {@code recipient} is the masked mobile for an SMS, the masked
 * address for an email and the account id for an in-app message: the full mobile never leaves this module.
 * {@code status} is where the message stands in the outbox.
 */
public record NotificationView(long id, Channel channel, String recipient, Purpose purpose, String text,
		Instant createdAt, DeliveryStatus status) {
}
