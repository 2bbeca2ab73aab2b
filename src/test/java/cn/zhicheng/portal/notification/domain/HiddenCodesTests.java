package cn.zhicheng.portal.notification.domain;

import java.time.Instant;

import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.Purpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a real SMS provider the send log must not show live one-time codes (an administrator could take over any
 * account with them); with no provider it must, because that is how the code reaches its owner.
 */
class HiddenCodesTests {

	private final Notification code = Notification.sms("13900001234", Purpose.PASSWORD_RESET_CODE,
			"【职称申报平台】您正在找回密码，验证码为 842294，5 分钟内有效。");

	@Test
	void aRealProviderKeepsCodesOutOfTheSendLog() {
		String recorded = new NotificationRecord(code, Instant.now(), true).text();
		assertThat(recorded).doesNotContain("842294").contains("验证码为 ******").contains("5 分钟内有效");
	}

	@Test
	void withoutAProviderTheSendLogCarriesTheCode() {
		assertThat(new LoggingNotificationGateway().reachesPhones()).isFalse();
		assertThat(new NotificationRecord(code, Instant.now(), false).text()).contains("842294");
	}

}
