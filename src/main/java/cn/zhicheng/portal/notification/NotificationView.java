package cn.zhicheng.portal.notification;

import java.time.Instant;

/**
 * A sent message as inboxes and the 发送记录 show it. {@code recipient} is the masked mobile for an SMS and the
 * account id for an in-app message: the full mobile never leaves this module.
 */
public record NotificationView(long id, Channel channel, String recipient, Purpose purpose, String text,
		Instant createdAt) {
}
