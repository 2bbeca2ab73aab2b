package cn.zhicheng.portal.application.pack;

/**
 * A pack to make: the committee, the 评审年度 and the 评审专家 it is made for, whose name is watermarked on every PDF
 * page. The name is trimmed here; {@link CommitteePack} refuses one that is blank or longer than
 * {@link #MAX_RECIPIENT} characters.
 */
public record PackRequest(long committeeId, int reviewYear, String recipient) {

	public static final int MAX_RECIPIENT = 40;

	public PackRequest {
		recipient = recipient == null ? "" : recipient.strip();
	}

	/** Whether the recipient's name is 1–40 characters (code points) after trimming, with no control characters. */
	boolean recipientValid() {
		int length = recipient.codePointCount(0, recipient.length());
		return length >= 1 && length <= MAX_RECIPIENT && recipient.codePoints().noneMatch(Character::isISOControl);
	}

}
