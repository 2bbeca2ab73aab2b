package cn.zhicheng.portal.certificate.domain;

import java.time.Duration;

import cn.zhicheng.portal.ratelimit.ClientKeys;
import cn.zhicheng.portal.ratelimit.RateLimit;
import cn.zhicheng.portal.ratelimit.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * 证书查询 is public and answers by name plus number or ID number, so it must not be a tool for trying numbers in bulk:
 * each client may make {@code portal.certificate.lookups-per-client-per-hour} lookups and API verifications an hour.
 * Counted by the portal's one rate limiter (in the database, so every instance counts the same hits).
 */
@Component
public class LookupLimiter {

	/** The bucket the lookups are counted under; the benchmark baseline clears it before a run. */
	static final String BUCKET = "certificate-lookup";

	private final RateLimiter limiter;

	private final RateLimit limit;

	LookupLimiter(RateLimiter limiter, CertificateSettings settings) {
		this.limiter = limiter;
		this.limit = new RateLimit(BUCKET, settings.lookupsPerClientPerHour(), Duration.ofHours(1));
	}

	/** Counts one lookup of the client; false (and not counted) when it is over its limit. */
	public boolean tryAcquire(String clientAddress) {
		return limiter.tryAcquire(limit, ClientKeys.of(clientAddress)).allowed();
	}

}
