package cn.zhicheng.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending records every message and logs SMS with the mobile masked; the inbox and the log read them back newest
 * first. The context is shared with other test classes, so each test first moves the clock past every message
 * already recorded: its own messages are then the newest.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationSendingTests {

	@Autowired
	NotificationSender sender;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	MutableClock clock;

	@Autowired
	UserDetailsService userDetails;

	private Instant clockBefore;

	@BeforeEach
	void moveClockPastEveryRecordedMessage() {
		clockBefore = clock.instant();
		inbox.before(null, 1).rows().stream().findFirst().ifPresent(newest -> {
			if (!clock.instant().isAfter(newest.createdAt())) {
				clock.set(newest.createdAt().plus(Duration.ofHours(1)));
			}
		});
	}

	@AfterEach
	void restoreClock() {
		clock.set(clockBefore);
	}

	@Test
	void anSmsIsRecordedAndLoggedWithTheMobileMasked(CapturedOutput output) {
		sender.send(Notification.sms("13812345678", Purpose.REGISTRATION_CODE, "【职称申报】您的注册验证码为 482913"));

		NotificationView recorded = inbox.before(null, 1).rows().getFirst();
		assertThat(recorded.channel()).isEqualTo(Channel.SMS);
		assertThat(recorded.recipient()).isEqualTo("138****5678");
		assertThat(recorded.purpose()).isEqualTo(Purpose.REGISTRATION_CODE);
		assertThat(recorded.text()).isEqualTo("【职称申报】您的注册验证码为 482913");
		assertThat(recorded.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
		assertThat(output.getAll()).contains("138****5678")
			.contains("REGISTRATION_CODE")
			.contains("482913")
			.doesNotContain("13812345678");
	}

	@Test
	void anInAppMessageIsRecordedButNotHandedToTheSmsGateway(CapturedOutput output) {
		long applicant = accountId("demo-applicant");
		sender.send(Notification.inApp(applicant, Purpose.UNIT_CHANGE, "您的单位变更申请已通过（站内）"));

		assertThat(inbox.recentFor(applicant, 1)).singleElement()
			.satisfies(message -> assertThat(message.text()).isEqualTo("您的单位变更申请已通过（站内）"))
			.satisfies(message -> assertThat(message.recipient()).isEqualTo(String.valueOf(applicant)));
		assertThat(output.getAll()).doesNotContain("您的单位变更申请已通过（站内）");
	}

	@Test
	void theInboxHoldsOnlyThatAccountsInAppMessagesNewestFirst() {
		long applicant = accountId("demo-applicant");
		long officer = accountId("demo-unit");
		sender.send(Notification.inApp(applicant, Purpose.UNIT_CHANGE, "收件箱 1"));
		clock.advance(Duration.ofMinutes(1));
		sender.send(Notification.inApp(officer, Purpose.UNIT_CHANGE, "他人消息"));
		sender.send(Notification.sms("13900001111", Purpose.ACCOUNT, "短信不进收件箱"));
		clock.advance(Duration.ofMinutes(1));
		sender.send(Notification.inApp(applicant, Purpose.ACCOUNT, "收件箱 2"));
		// Same instant as the one before: the later id comes first.
		sender.send(Notification.inApp(applicant, Purpose.ACCOUNT, "收件箱 3"));

		assertThat(inbox.recentFor(applicant, 3)).extracting(NotificationView::text)
			.containsExactly("收件箱 3", "收件箱 2", "收件箱 1");
		assertThat(inbox.recentFor(applicant, 3)).extracting(NotificationView::channel).containsOnly(Channel.IN_APP);
		assertThat(inbox.recentFor(officer, 1)).extracting(NotificationView::text).containsExactly("他人消息");
	}

	@Test
	void keysetPagesAreDisjointAndInOrder() {
		List<String> sent = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			String text = "分页 " + i;
			sender.send(Notification.sms("1370000000" + i, Purpose.ACCOUNT, text));
			sent.addFirst(text);
			// Pairs share a timestamp, so the id decides between them.
			if (i % 2 == 0) {
				clock.advance(Duration.ofSeconds(1));
			}
		}

		List<String> read = new ArrayList<>();
		Set<Long> ids = new HashSet<>();
		Long before = null;
		for (int page = 0; page < 3; page++) {
			NotificationPage found = inbox.before(before, 3);
			assertThat(found.rows()).hasSize(3);
			assertThat(found.hasNext()).isTrue();
			assertThat(found.nextBefore()).isEqualTo(found.rows().getLast().id());
			found.rows().forEach(row -> {
				assertThat(ids.add(row.id())).as("row %d on one page only", row.id()).isTrue();
				read.add(row.text());
			});
			before = found.nextBefore();
		}
		assertThat(read.subList(0, sent.size())).containsExactlyElementsOf(sent);
	}

	@Test
	void aCursorThatMatchesNoMessageGivesAnEmptyPage() {
		assertThat(inbox.before(Long.MAX_VALUE, 5).rows()).isEmpty();
		assertThat(inbox.before(Long.MAX_VALUE, 5).hasNext()).isFalse();
	}

	private long accountId(String username) {
		return ((PortalUser) userDetails.loadUserByUsername(username)).id();
	}

}
