package cn.zhicheng.portal.notification;

/**
 * Carries SMS messages to the phone network. The portal's default writes each one to the log at INFO (masked
 * mobile, purpose and text), so everything works without a provider.
 * <p>
 * A real provider is one class away: a bean implementing this interface (e.g. {@code @Component class
 * AliyunSmsGateway implements NotificationGateway}) replaces the default, which is registered as a
 * {@code @Fallback} bean. Messages are recorded in the outbox before delivery either way; an exception thrown here
 * is recorded on the message, which is tried again later with backoff and marked failed after the last attempt.
 */
public interface NotificationGateway {

	/** Called for {@link Channel#SMS} messages only; in-app messages are delivered by being recorded. */
	void deliver(Notification notification);

	/**
	 * Whether messages really reach the phone. Only then does the send log keep one-time codes hidden: with no
	 * provider, the log and the administrator's 发送记录 are how a code reaches its owner (issue #3), but with one,
	 * an administrator who could read live codes could take over any account.
	 */
	default boolean reachesPhones() {
		return true;
	}

}
