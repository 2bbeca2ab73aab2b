package cn.zhicheng.portal.validation;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Masks personal numbers wherever the full value is not needed (issue #3; PIPL's minimum-necessary principle): an ID
 * number shows its first 6 and last 4 characters, a mobile number its first 3 and last 4. A bean as well, so pages can
 * write {@code ${@masking.idNumber(x)}}.
 */
@Component("masking")
public final class Masking {

	private static final char MASK = '*';

	public static String idNumber(@Nullable String idNumber) {
		return keep(idNumber, 6, 4);
	}

	public static String mobile(@Nullable String mobile) {
		return keep(mobile, 3, 4);
	}

	/** Keeps {@code head} and {@code tail} characters; a value too short to keep both is masked whole. */
	static String keep(@Nullable String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		if (value.length() <= head + tail) {
			return String.valueOf(MASK).repeat(value.length());
		}
		return value.substring(0, head) + String.valueOf(MASK).repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

}
