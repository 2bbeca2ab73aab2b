package cn.zhicheng.portal.notification;

/**
 * Sends a message and keeps it in the 发送记录.
 * <p>
 * Joins the caller's transaction: an in-app message sent by a change that rolls back disappears with it, and a
 * gateway failure rolls back the caller's change and reaches the caller. Work that must send only once a change has
 * committed belongs in an {@code @ApplicationModuleListener} (which has its own transaction) — not in a bare
 * {@code @TransactionalEventListener(AFTER_COMMIT)}, where the record would join the finished transaction and be
 * lost without an error.
 */
public interface NotificationSender {

	void send(Notification notification);

}
