package cn.zhicheng.portal.notification;

/**
 * Carries email. With {@code spring.mail.host} set the portal sends through that SMTP server; without it the default
 * writes each message to the log (recipient masked), like the SMS default, so nothing needs a mail server to run.
 * Another bean implementing this interface replaces the logging default, which is a {@code @Fallback} bean.
 */
public interface EmailGateway {

	/** Called for {@link Channel#EMAIL} messages only; an exception leaves the message for a later attempt. */
	void deliver(Notification notification);

}
