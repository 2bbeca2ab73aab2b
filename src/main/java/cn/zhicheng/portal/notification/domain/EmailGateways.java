package cn.zhicheng.portal.notification.domain;

import java.util.Locale;

import cn.zhicheng.portal.notification.EmailGateway;
import cn.zhicheng.portal.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The email gateway: SMTP through Boot's {@link JavaMailSender} only when {@code spring.mail.host} is set (Boot
 * creates the sender under the same condition); otherwise the log, so the portal needs no mail server to run.
 */
@Configuration(proxyBeanMethods = false)
class EmailGateways {

	@Bean
	@ConditionalOnProperty("spring.mail.host")
	EmailGateway smtpEmailGateway(JavaMailSender mail, MessageSource messages, OutboxPolicy policy) {
		return new Smtp(mail, messages, policy.mailFrom());
	}

	@Bean
	@Fallback
	EmailGateway loggingEmailGateway() {
		return new Logging();
	}

	/** Plain text in Chinese; the subject names the purpose, as the 发送记录 does. */
	record Smtp(JavaMailSender mail, MessageSource messages, String from) implements EmailGateway {

		@Override
		public void deliver(Notification notification) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(notification.email());
			String purpose = messages.getMessage("notification.purpose." + notification.purpose(), null,
					Locale.SIMPLIFIED_CHINESE);
			message.setSubject(messages.getMessage("notification.email.subject", new Object[] { purpose },
					Locale.SIMPLIFIED_CHINESE));
			message.setText(notification.text());
			mail.send(message);
		}

	}

	/** Writes the email to the log with the address masked, as the SMS default does. */
	static final class Logging implements EmailGateway {

		private static final Logger log = LoggerFactory.getLogger(Logging.class);

		@Override
		public void deliver(Notification notification) {
			log.info("Email to {} ({}), no mail server configured: {}", notification.maskedRecipient(),
					notification.purpose(), notification.text());
		}

	}

}
