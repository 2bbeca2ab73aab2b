package cn.zhicheng.portal.notification.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.notification.EmailGateway;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.Purpose;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** SMTP carries email only when {@code spring.mail.host} is set; otherwise the log does, and nothing needs a server. */
class EmailGatewaysTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmailGateways.class)
		.withBean(OutboxPolicy.class, () -> new OutboxPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), 50,
				"portal@example.org"))
		.withBean(JavaMailSender.class, RecordingMailSender::new);

	@Test
	void withoutAMailHostEmailGoesToTheLog() {
		runner.run(context -> assertThat(context.getBean(EmailGateway.class))
			.isInstanceOf(EmailGateways.Logging.class));
	}

	@Test
	void withAMailHostEmailGoesThroughSmtp() {
		runner.withPropertyValues("spring.mail.host=smtp.example.org")
			.run(context -> assertThat(context.getBean(EmailGateway.class)).isInstanceOf(EmailGateways.Smtp.class));
	}

	@Test
	void theSmtpGatewaySendsPlainTextWithThePurposeInTheSubject() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("notification.purpose.APPLICATION", java.util.Locale.SIMPLIFIED_CHINESE, "业务办理");
		messages.addMessage("notification.email.subject", java.util.Locale.SIMPLIFIED_CHINESE, "职称申报平台：{0}");
		RecordingMailSender mail = new RecordingMailSender();

		new EmailGateways.Smtp(mail, messages, "portal@example.org")
			.deliver(Notification.email("li@example.org", Purpose.APPLICATION, "您的申报已受理"));

		assertThat(mail.sent).singleElement().satisfies(message -> {
			assertThat(message.getTo()).containsExactly("li@example.org");
			assertThat(message.getFrom()).isEqualTo("portal@example.org");
			assertThat(message.getSubject()).isEqualTo("职称申报平台：业务办理");
			assertThat(message.getText()).isEqualTo("您的申报已受理");
		});
	}

	static final class RecordingMailSender extends JavaMailSenderImpl {

		final List<SimpleMailMessage> sent = new ArrayList<>();

		@Override
		public void send(SimpleMailMessage... messages) {
			sent.addAll(List.of(messages));
		}

	}

}
