package cn.zhicheng.portal.ratelimit;

import java.time.Duration;

/**
 * At most {@code max} hits of one key in any {@code window}, counted under {@code bucket} (a short name such as
 * {@code login-client}).
 */
public record RateLimit(String bucket, int max, Duration window) {

	public RateLimit {
		if (bucket.isBlank() || bucket.length() > 32 || max < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A rate limit needs a short bucket name, a positive max and window");
		}
	}

}
