package cn.zhicheng.portal.notification.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.zhicheng.portal.notification.Channel;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationView;
import cn.zhicheng.portal.notification.Purpose;
import cn.zhicheng.portal.validation.Masking;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A message as it was sent; a log entry, so it never changes. */
@Entity
class NotificationRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private @Nullable String mobile;

	private @Nullable Long recipientAccountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String text;

	private Instant createdAt;

	protected NotificationRecord() {
	}

	/** With {@code hideCodes}, runs of four or more digits (one-time codes) are stored as asterisks. */
	NotificationRecord(Notification notification, Instant createdAt, boolean hideCodes) {
		this.channel = notification.channel();
		this.mobile = notification.mobile();
		this.recipientAccountId = notification.recipientAccountId();
		this.purpose = notification.purpose();
		this.text = hideCodes ? notification.text().replaceAll("\\d{4,}", "******") : notification.text();
		// PostgreSQL keeps microseconds: the value in memory is then the one a keyset cursor compares against.
		this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
	}

	String text() {
		return text;
	}

	NotificationView toView() {
		String recipient = (channel == Channel.SMS) ? Masking.mobile(mobile) : String.valueOf(recipientAccountId);
		return new NotificationView(id, channel, recipient, purpose, text, createdAt);
	}

	Long id() {
		return id;
	}

}
