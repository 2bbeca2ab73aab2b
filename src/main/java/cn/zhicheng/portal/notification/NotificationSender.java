package cn.zhicheng.portal.notification;

/**
 * Sends a message and keeps it in the 发送记录, which is also the outbox (issue #6 part 7).
 * <p>
 * Joins the caller's transaction and only writes: an in-app message is delivered by being recorded; an SMS or email
 * is recorded as pending and a gateway carries it after the caller has committed — one-time codes at once, everything
 * else at the dispatcher's next round, retried with backoff when the gateway fails. So a change that rolls back sends
 * nothing, and a gateway that fails never rolls back the change that sent through it.
 */
public interface NotificationSender {

	void send(Notification notification);

}
