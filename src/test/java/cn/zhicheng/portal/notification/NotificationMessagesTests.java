package cn.zhicheng.portal.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every channel and purpose has a label in both languages; the module's bundles hold only its own keys. */
class NotificationMessagesTests {

	private final Properties chinese = load("i18n/notification_zh_CN.properties");

	private final Properties english = load("i18n/notification.properties");

	@Test
	void everyChannelAndPurposeHasALabel() {
		Stream.concat(Stream.of(Channel.values()).map(channel -> "notification.channel." + channel),
				Stream.of(Purpose.values()).map(purpose -> "notification.purpose." + purpose))
			.forEach(key -> {
				assertThat(chinese).as(key).containsKey(key);
				assertThat(english).as(key).containsKey(key);
			});
	}

	@Test
	void bothBundlesHoldTheSameNotificationKeys() {
		assertThat(chinese.stringPropertyNames()).allMatch(key -> key.startsWith("notification."))
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(chinese.stringPropertyNames())
			.allMatch(key -> !chinese.getProperty(key).equals(english.getProperty(key)));
		assertThat(chinese).containsEntry("notification.admin.menu", "发送记录");
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = NotificationMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
