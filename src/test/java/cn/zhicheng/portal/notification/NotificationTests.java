package cn.zhicheng.portal.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The message itself: one recipient per channel, and nothing personal or secret in its string form. */
class NotificationTests {

	@Test
	void toStringMasksTheMobileAndLeavesOutTheText() {
		Notification sms = Notification.sms("13812345678", Purpose.REGISTRATION_CODE, "您的验证码是 246810");
		assertThat(sms.toString()).contains("138****5678")
			.contains("REGISTRATION_CODE")
			.doesNotContain("13812345678")
			.doesNotContain("246810");
	}

	@Test
	void anSmsNamesOneMobileAndNoAccount() {
		assertThat(Notification.sms(" 13812345678 ", Purpose.ACCOUNT, "文本").mobile()).isEqualTo("13812345678");
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.sms(" ", Purpose.ACCOUNT, "文本"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notification(Channel.SMS, "13812345678", 1L, Purpose.ACCOUNT, "文本"));
	}

	@Test
	void anInAppMessageNamesOneAccountAndNoMobile() {
		assertThat(Notification.inApp(7, Purpose.UNIT_CHANGE, "文本").maskedRecipient()).isEqualTo("7");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notification(Channel.IN_APP, null, null, Purpose.ACCOUNT, "文本"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notification(Channel.IN_APP, "13812345678", 7L, Purpose.ACCOUNT, "文本"));
	}

	@Test
	void anEmailNamesOneAddressShownMasked() {
		Notification email = Notification.email(" li.ming@example.org ", Purpose.APPLICATION, "文本");
		assertThat(email.email()).isEqualTo("li.ming@example.org");
		assertThat(email.maskedRecipient()).isEqualTo("li***@example.org");
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.email("无效地址", Purpose.ACCOUNT, "文本"));
	}

	@Test
	void theTextFitsTheRecord() {
		String longest = "字".repeat(Notification.MAX_TEXT_LENGTH);
		assertThat(Notification.inApp(7, Purpose.ACCOUNT, longest).text()).hasSize(Notification.MAX_TEXT_LENGTH);
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.inApp(7, Purpose.ACCOUNT, longest + "字"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.inApp(7, Purpose.ACCOUNT, " "));
	}

}
