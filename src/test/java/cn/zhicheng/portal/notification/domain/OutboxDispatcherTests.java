package cn.zhicheng.portal.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.notification.DeliveryStatus;
import cn.zhicheng.portal.notification.EmailGateway;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationGateway;
import cn.zhicheng.portal.notification.NotificationInbox;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.NotificationView;
import cn.zhicheng.portal.notification.Purpose;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox: a message is written in the sender's transaction and goes nowhere if it rolls back; a gateway that
 * refuses is tried again after a growing wait and the message fails after the last attempt; one that accepts marks it
 * sent; one-time codes go out as soon as the sender commits. While a test runs it holds the dispatcher job's lock, as
 * another instance would, so the scheduled round cannot take its messages first.
 */
@PortalTest
class OutboxDispatcherTests {

	private static final OutboxPolicy THREE_ATTEMPTS = new OutboxPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1),
			50, "noreply@localhost");

	@Autowired
	NotificationSender sender;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	NotificationRecordRepository records;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EmailGateway emailGateway;

	@Autowired
	LockProvider locks;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private Instant clockBefore;

	private SimpleLock jobLock;

	@BeforeEach
	void holdTheDispatcherJobsLock() throws InterruptedException {
		clockBefore = clock.instant();
		clock.set(Instant.parse("2026-03-02T02:00:00Z"));
		Optional<SimpleLock> lock = Optional.empty();
		for (int i = 0; i < 50 && lock.isEmpty(); i++) {
			lock = locks.lock(new LockConfiguration(ClockProvider.now(), OutboxJob.LOCK, Duration.ofMinutes(5),
					Duration.ZERO));
			if (lock.isEmpty()) {
				Thread.sleep(100);
			}
		}
		jobLock = lock.orElseThrow();
	}

	@AfterEach
	void release() {
		jobLock.unlock();
		clock.set(clockBefore);
	}

	@Test
	void aRefusingGatewayIsRetriedWithBackoffThenTheMessageFails() {
		long id = sendSms(Purpose.ACCOUNT, "退避重试测试 " + System.nanoTime());
		OutboxDispatcher dispatcher = dispatcher(new Refusing(), THREE_ATTEMPTS);
		Instant start = clock.instant();

		assertThat(dispatcher.dispatch(id)).isTrue();
		NotificationRecord first = record(id);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastError()).contains("短信网关暂不可用").doesNotContain("13812349876");
		assertThat(first.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));

		clock.advance(Duration.ofSeconds(59));
		assertThat(dispatcher.dispatch(id)).as("not due before its next attempt").isFalse();
		assertThat(record(id).attempts()).isEqualTo(1);

		clock.advance(Duration.ofSeconds(1));
		assertThat(dispatcher.dispatch(id)).isTrue();
		assertThat(record(id).attempts()).isEqualTo(2);
		assertThat(record(id).nextAttemptAt()).as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

		clock.advance(Duration.ofMinutes(2));
		assertThat(dispatcher.dispatch(id)).isTrue();
		NotificationRecord failed = record(id);
		assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.nextAttemptAt()).isNull();

		clock.advance(Duration.ofHours(2));
		assertThat(dispatcher.dispatch(id)).as("a failed message is not tried again").isFalse();
		assertThat(view(id).status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	void anAcceptingGatewayMarksSmsAndEmailSent() {
		long sms = sendSms(Purpose.APPLICATION, "成功发送测试 " + System.nanoTime());
		String emailText = "邮件发送测试 " + System.nanoTime();
		sender.send(Notification.email("applicant@example.org", Purpose.APPLICATION, emailText));
		long email = idOf(emailText);
		Recording recording = new Recording();
		OutboxDispatcher dispatcher = new OutboxDispatcher(records, recording, recording, THREE_ATTEMPTS,
				transactionManager, clock);
		assertThat(view(sms).status()).isEqualTo(DeliveryStatus.PENDING);

		assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(2);

		assertThat(view(sms).status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(view(email).status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(view(email).recipient()).isEqualTo("ap***@example.org");
		assertThat(recording.delivered).extracting(Notification::text).contains(emailText);
		assertThat(recording.delivered).filteredOn(n -> n.text().equals(emailText))
			.singleElement()
			.satisfies(n -> assertThat(n.email()).isEqualTo("applicant@example.org"));
		assertThat(dispatcher.dispatch(sms)).as("sent once only").isFalse();
	}

	@Test
	void aOneTimeCodeGoesOutAsSoonAsTheSenderCommits() {
		long id = sendSms(Purpose.REGISTRATION_CODE, "【职称申报】您的注册验证码为 " + (100000 + System.nanoTime() % 900000));
		assertThat(view(id).status()).isEqualTo(DeliveryStatus.SENT);
	}

	@Test
	void aMessageSentByAChangeThatRollsBackIsNeverSent() {
		String text = "回滚测试 " + System.nanoTime();
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			sender.send(Notification.sms("13812349876", Purpose.ACCOUNT, text));
			status.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from notification_record where text = ?", Long.class, text))
			.isZero();
	}

	@Test
	void theInboxShowsInAppMessagesAsSent() {
		long account = jdbc.queryForObject("select id from user_account where username = 'demo-applicant'", Long.class);
		String text = "站内消息测试 " + System.nanoTime();
		// Past every message other tests recorded: the inbox lists the newest first.
		inbox.before(null, 1).rows().stream().findFirst()
			.ifPresent(newest -> clock.set(newest.createdAt().plus(Duration.ofHours(1))));
		sender.send(Notification.inApp(account, Purpose.APPLICATION, text));
		assertThat(inbox.recentFor(account, 5)).extracting(NotificationView::text).contains(text);
		assertThat(view(idOf(text)).status()).isEqualTo(DeliveryStatus.SENT);
	}

	@Test
	void theWaitDoublesUpToTheLongest() {
		OutboxPolicy policy = new OutboxPolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(5), 50, "x@localhost");
		assertThat(List.of(1, 2, 3, 4, 5).stream().map(policy::backoffAfter))
			.containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(5),
					Duration.ofMinutes(5));
	}

	private OutboxDispatcher dispatcher(NotificationGateway gateway, OutboxPolicy policy) {
		return new OutboxDispatcher(records, gateway, emailGateway, policy, transactionManager, clock);
	}

	private long sendSms(Purpose purpose, String text) {
		sender.send(Notification.sms("13812349876", purpose, text));
		return idOf(text);
	}

	private long idOf(String text) {
		return jdbc.queryForObject("select id from notification_record where text = ?", Long.class, text);
	}

	private NotificationRecord record(long id) {
		return records.findById(id).orElseThrow();
	}

	private NotificationView view(long id) {
		return record(id).toView(false);
	}

	/** A provider that is down, and quotes the number back in its error as some do. */
	static final class Refusing implements NotificationGateway {

		@Override
		public void deliver(Notification notification) {
			throw new IllegalStateException("短信网关暂不可用 (13812349876)");
		}

	}

	static final class Recording implements NotificationGateway, EmailGateway {

		final List<Notification> delivered = new ArrayList<>();

		@Override
		public void deliver(Notification notification) {
			delivered.add(notification);
		}

	}

}
