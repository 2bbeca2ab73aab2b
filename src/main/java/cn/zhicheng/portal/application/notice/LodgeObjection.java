package cn.zhicheng.portal.application.notice;

import org.jspecify.annotations.Nullable;

/**
 * An objection as it arrives from the public form: the complaint, optional contact details (the phone already
 * normalised), the honeypot's value, the form's signed stamp and the sender's address.
 */
public record LodgeObjection(String text, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String honeypot, @Nullable String stamp, String clientAddress) {

	/** Length of the complaint after trimming, as the form and the table's check count it. */
	public static final int MIN_TEXT = 10;

	public static final int MAX_TEXT = 1000;

}
