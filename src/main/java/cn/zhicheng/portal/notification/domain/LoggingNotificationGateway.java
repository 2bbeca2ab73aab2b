package cn.zhicheng.portal.notification.domain;

import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * The gateway when no SMS provider is configured: it writes the message to the log, code included, so a developer
 * or an operator without a provider can still register and reset passwords. The mobile is masked as everywhere.
 * {@code @Fallback}: any other {@link NotificationGateway} bean takes its place without further configuration.
 */
@Component
@Fallback
class LoggingNotificationGateway implements NotificationGateway {

	@Override
	public boolean reachesPhones() {
		return false;
	}


	private static final Logger log = LoggerFactory.getLogger(LoggingNotificationGateway.class);

	@Override
	public void deliver(Notification notification) {
		log.info("SMS to {} ({}), no SMS gateway configured: {}", notification.maskedRecipient(),
				notification.purpose(), notification.text());
	}

}
