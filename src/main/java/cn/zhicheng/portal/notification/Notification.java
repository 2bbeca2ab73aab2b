package cn.zhicheng.portal.notification;

import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

/**
 * One message to send: an SMS to a mobile number, an email to an address, or an in-app message to an account.
 * <p>
 * Contract on {@code text}: it is rendered already (in Chinese, from the message bundles) and is kept in the 发送记录
 * and, without an SMS provider, written to the log. So it may carry a one-time code — that is how the portal works
 * without a provider — but never a full ID number or mobile number; mask those with {@link Masking}.
 */
public record Notification(Channel channel, @Nullable String mobile, @Nullable Long recipientAccountId,
		Purpose purpose, String text, @Nullable String email) {

	/** The length of {@code notification_record.text}. */
	public static final int MAX_TEXT_LENGTH = 1000;

	/** The length of {@code notification_record.mobile}. */
	public static final int MAX_MOBILE_LENGTH = 20;

	/** The length of {@code notification_record.email} (RFC 5321's limit of a path). */
	public static final int MAX_EMAIL_LENGTH = 254;

	public Notification {
		if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException("text must be 1 to " + MAX_TEXT_LENGTH + " characters");
		}
		switch (channel) {
			case SMS -> {
				if (mobile == null || mobile.isBlank() || mobile.strip().length() > MAX_MOBILE_LENGTH
						|| recipientAccountId != null || email != null) {
					throw new IllegalArgumentException("an SMS goes to one mobile number and to no account");
				}
				mobile = mobile.strip();
			}
			case IN_APP -> {
				if (recipientAccountId == null || mobile != null || email != null) {
					throw new IllegalArgumentException("an in-app message goes to one account and to no mobile");
				}
			}
			case EMAIL -> {
				if (email == null || email.strip().length() > MAX_EMAIL_LENGTH || email.strip().indexOf('@') < 1
						|| mobile != null || recipientAccountId != null) {
					throw new IllegalArgumentException("an email goes to one address and to nothing else");
				}
				email = email.strip();
			}
		}
	}

	/** An SMS or in-app message, as before email existed. */
	public Notification(Channel channel, @Nullable String mobile, @Nullable Long recipientAccountId, Purpose purpose,
			String text) {
		this(channel, mobile, recipientAccountId, purpose, text, null);
	}

	public static Notification sms(String mobile, Purpose purpose, String text) {
		return new Notification(Channel.SMS, mobile, null, purpose, text, null);
	}

	public static Notification inApp(long accountId, Purpose purpose, String text) {
		return new Notification(Channel.IN_APP, null, accountId, purpose, text, null);
	}

	public static Notification email(String address, Purpose purpose, String text) {
		return new Notification(Channel.EMAIL, null, null, purpose, text, address);
	}

	/** The recipient as logs and pages may show it: the masked mobile or address, or the account id. */
	public String maskedRecipient() {
		return switch (channel) {
			case SMS -> Masking.mobile(mobile);
			case EMAIL -> maskEmail(email);
			case IN_APP -> String.valueOf(recipientAccountId);
		};
	}

	/** {@code li***@example.org}: enough to tell two addresses apart, not enough to write to one. */
	public static String maskEmail(@Nullable String address) {
		if (address == null) {
			return "";
		}
		int at = address.indexOf('@');
		if (at < 1) {
			return "***";
		}
		return address.substring(0, Math.min(2, at)) + "***" + address.substring(at);
	}

	/**
	 * Masks the mobile, and leaves the text out: it may hold a one-time code, which must not reach an exception
	 * message or a log line by way of {@code toString} once a real SMS gateway delivers it.
	 */
	@Override
	public String toString() {
		return "Notification[channel=" + channel + ", recipient=" + maskedRecipient() + ", purpose=" + purpose
				+ ", text=(" + text.length() + " characters)]";
	}

}
