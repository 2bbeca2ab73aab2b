package cn.zhicheng.portal.notification.domain;

import java.time.Instant;

import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.Purpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a real SMS provider the send log must not show live one-time codes (an administrator could take over any
 * account with them); with no provider it must, because that is how the code reaches its owner. The outbox keeps the
 * code until the gateway has it.
 */
class HiddenCodesTests {

	private final Notification code = Notification.sms("13900001234", Purpose.PASSWORD_RESET_CODE,
			"【职称申报平台】您正在找回密码，验证码为 842294，5 分钟内有效。");

	@Test
	void aRealProviderKeepsCodesOutOfTheSendLog() {
		NotificationRecord record = new NotificationRecord(code, Instant.now(), true);
		assertThat(record.toNotification().text()).as("what the gateway receives").contains("842294");
		assertThat(record.shownText(true)).doesNotContain("842294").contains("验证码为 ******");

		record.sent(Instant.now(), true);
		assertThat(record.text()).doesNotContain("842294").contains("验证码为 ******").contains("5 分钟内有效");
	}

	@Test
	void withoutAProviderTheSendLogCarriesTheCode() {
		assertThat(new LoggingNotificationGateway().reachesPhones()).isFalse();
		NotificationRecord record = new NotificationRecord(code, Instant.now(), false);
		record.sent(Instant.now(), false);
		assertThat(record.shownText(false)).contains("842294");
	}

	@Test
	void onlyOneTimeCodesAreHidden() {
		NotificationRecord news = new NotificationRecord(
				Notification.inApp(7, Purpose.APPLICATION, "您的申报（业务编号 2026EV000123）已受理"), Instant.now(), true);
		assertThat(news.text()).contains("2026EV000123");
	}

}
