package cn.zhicheng.portal.notification;

import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

/**
 * One message to send: an SMS to a mobile number or an in-app message to an account.
 * <p>
 * Contract on {@code text}: it is rendered already (in Chinese, from the message bundles) and is kept in the 发送记录
 * and, without an SMS provider, written to the log. So it may carry a one-time code — that is how the portal works
 * without a provider — but never a full ID number or mobile number; mask those with {@link Masking}.
 */
public record Notification(Channel channel, @Nullable String mobile, @Nullable Long recipientAccountId,
		Purpose purpose, String text) {

	/** The length of {@code notification_record.text}. */
	public static final int MAX_TEXT_LENGTH = 1000;

	/** The length of {@code notification_record.mobile}. */
	public static final int MAX_MOBILE_LENGTH = 20;

	public Notification {
		if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException("text must be 1 to " + MAX_TEXT_LENGTH + " characters");
		}
		switch (channel) {
			case SMS -> {
				if (mobile == null || mobile.isBlank() || mobile.strip().length() > MAX_MOBILE_LENGTH
						|| recipientAccountId != null) {
					throw new IllegalArgumentException("an SMS goes to one mobile number and to no account");
				}
				mobile = mobile.strip();
			}
			case IN_APP -> {
				if (recipientAccountId == null || mobile != null) {
					throw new IllegalArgumentException("an in-app message goes to one account and to no mobile");
				}
			}
		}
	}

	public static Notification sms(String mobile, Purpose purpose, String text) {
		return new Notification(Channel.SMS, mobile, null, purpose, text);
	}

	public static Notification inApp(long accountId, Purpose purpose, String text) {
		return new Notification(Channel.IN_APP, null, accountId, purpose, text);
	}

	/** The recipient as logs and pages may show it: the masked mobile, or the account id. */
	public String maskedRecipient() {
		return (channel == Channel.SMS) ? Masking.mobile(mobile) : String.valueOf(recipientAccountId);
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
