package cn.zhicheng.portal.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.zhicheng.portal.notification.Channel;
import cn.zhicheng.portal.notification.DeliveryStatus;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationView;
import cn.zhicheng.portal.notification.Purpose;
import cn.zhicheng.portal.personaldata.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A message in the 发送记录, which is also the outbox: in-app messages are recorded as sent; SMS and email wait as
 * pending until the {@link OutboxDispatcher} hands them to a gateway, each failure counted, described and answered
 * with a later next attempt, until the message is sent or has failed for good. What was sent never changes.
 */
@Entity
class NotificationRecord {

	/** Runs of four or more digits: one-time codes. */
	private static final String CODES = "\\d{4,}";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	/** Sealed in the database (issue #10): the outbox must still deliver, so not a hash. */
	@Convert(converter = SealedText.class)
	@Column(name = "mobile_sealed")
	private @Nullable String mobile;

	private @Nullable String email;

	private @Nullable Long recipientAccountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String text;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private int attempts;

	private @Nullable String lastError;

	private @Nullable Instant nextAttemptAt;

	private @Nullable Instant sentAt;

	protected NotificationRecord() {
	}

	/**
	 * An in-app message is delivered by this very record; an SMS or email is due at once. With {@code hideCodes}, an
	 * in-app one-time code is stored as asterisks (an SMS keeps its code until sent, see {@link #sent}).
	 */
	NotificationRecord(Notification notification, Instant createdAt, boolean hideCodes) {
		// PostgreSQL keeps microseconds: the value in memory is then the one a keyset cursor compares against.
		Instant now = createdAt.truncatedTo(ChronoUnit.MICROS);
		this.channel = notification.channel();
		this.mobile = notification.mobile();
		this.email = notification.email();
		this.recipientAccountId = notification.recipientAccountId();
		this.purpose = notification.purpose();
		this.text = notification.text();
		this.createdAt = now;
		if (channel == Channel.IN_APP) {
			this.status = DeliveryStatus.SENT;
			this.sentAt = now;
			this.text = hidden(hideCodes);
		}
		else {
			this.status = DeliveryStatus.PENDING;
			this.nextAttemptAt = now;
		}
	}

	/** The message as the gateway receives it. */
	Notification toNotification() {
		return new Notification(channel, mobile, recipientAccountId, purpose, text, email);
	}

	/** Delivered: with a real provider a one-time code now leaves the 发送记录 (it reached its owner). */
	void sent(Instant now, boolean hideCodes) {
		attempts++;
		status = DeliveryStatus.SENT;
		sentAt = now;
		nextAttemptAt = null;
		lastError = null;
		text = hidden(hideCodes);
	}

	/**
	 * Refused by the gateway: tried again after {@code backoff}, or failed for good once {@code maxAttempts} are
	 * spent. The error is kept short and with long digit runs masked, in case a provider quotes the mobile back.
	 */
	void failed(Instant now, String error, int maxAttempts, Duration backoff, boolean hideCodes) {
		attempts++;
		lastError = error.replaceAll("\\d{7,}", "*******");
		if (lastError.length() > 500) {
			lastError = lastError.substring(0, 500);
		}
		if (attempts >= maxAttempts) {
			status = DeliveryStatus.FAILED;
			nextAttemptAt = null;
			text = hidden(hideCodes);
		}
		else {
			nextAttemptAt = now.plus(backoff).truncatedTo(ChronoUnit.MICROS);
		}
	}

	private String hidden(boolean hideCodes) {
		return hideCodes && purpose.oneTimeCode() ? text.replaceAll(CODES, "******") : text;
	}

	NotificationView toView(boolean hideCodes) {
		String recipient = switch (channel) {
			case IN_APP -> String.valueOf(recipientAccountId);
			case SMS, EMAIL -> toNotification().maskedRecipient();
		};
		return new NotificationView(id, channel, recipient, purpose, shownText(hideCodes), createdAt, status);
	}

	/** The text as pages show it: with {@code hideCodes}, a code still waiting to be sent as asterisks too. */
	String shownText(boolean hideCodes) {
		return hidden(hideCodes);
	}

	Long id() {
		return id;
	}

	String text() {
		return text;
	}

	Purpose purpose() {
		return purpose;
	}

	DeliveryStatus status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	@Nullable String lastError() {
		return lastError;
	}

	@Nullable Instant nextAttemptAt() {
		return nextAttemptAt;
	}

}
