package cn.zhicheng.portal.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import cn.zhicheng.portal.account.CodePurpose;
import cn.zhicheng.portal.account.VerificationPolicy;
import cn.zhicheng.portal.notification.Notification;
import cn.zhicheng.portal.notification.NotificationSender;
import cn.zhicheng.portal.notification.Purpose;
import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.ratelimit.ClientKeys;
import cn.zhicheng.portal.ratelimit.RateLimit;
import cn.zhicheng.portal.ratelimit.RateLimiter;
import cn.zhicheng.portal.ratelimit.RateLimiter.Decision;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends and checks one-time codes. Only the latest code for a mobile and purpose counts; it expires, allows a
 * limited number of attempts, and cannot be requested again before the resend interval has passed.
 */
@Service
public class VerificationCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final VerificationCodeRepository codes;

	private final NotificationSender sender;

	private final MessageSource messages;

	private final VerificationPolicy policy;

	private final Clock clock;

	private final BlindIndex index;

	private final RateLimiter limiter;

	private final RateLimit perMobile;

	private final RateLimit perClient;

	VerificationCodes(VerificationCodeRepository codes, NotificationSender sender, MessageSource messages,
			VerificationPolicy policy, Clock clock, BlindIndex index, RateLimiter limiter) {
		this.codes = codes;
		this.limiter = limiter;
		this.perMobile = new RateLimit("code-mobile", policy.maxPerMobilePerDay(), Duration.ofDays(1));
		this.perClient = new RateLimit("code-client", policy.maxPerClientPerHour(), Duration.ofHours(1));
		this.index = index;
		this.sender = sender;
		this.messages = messages;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Sends a new code unless one went out less than the resend interval ago, or the mobile or the asking client has
	 * had its share (VerificationPolicy).
	 */
	@Transactional
	public Issued issue(String mobile, CodePurpose purpose, Locale locale, String clientAddress) {
		Instant now = clock.instant();
		Instant allowedFrom = codes.findFirstByMobileHashAndPurposeOrderByCreatedAtDesc(index.mobile(mobile), purpose)
			.map(last -> last.createdAt().plus(policy.resendAfter()))
			.orElse(now);
		if (now.isBefore(allowedFrom)) {
			return new Issued(false, Duration.between(now, allowedFrom).toSeconds() + 1, false);
		}
		for (Decision decision : new Decision[] { limiter.tryAcquire(perMobile, mobile),
				limiter.tryAcquire(perClient, ClientKeys.of(clientAddress)) }) {
			if (!decision.allowed()) {
				return new Issued(false, Math.max(1, decision.retryAfter().toSeconds()), true);
			}
		}
		String code = newCode();
		byte[] saltBytes = new byte[16];
		RANDOM.nextBytes(saltBytes);
		String salt = HexFormat.of().formatHex(saltBytes);
		codes.save(new VerificationCode(index.mobile(mobile), purpose, hash(salt, code), salt, now, now.plus(policy.validFor())));
		String text = messages.getMessage("verification.sms." + purpose,
				new Object[] { code, policy.validFor().toMinutes() }, locale);
		sender.send(Notification.sms(mobile, notificationPurpose(purpose), text));
		return new Issued(true, policy.resendAfter().toSeconds(), false);
	}

	/** Checks a code; a right one is used up, a wrong one counts against the attempts. */
	@Transactional
	public boolean verify(String mobile, CodePurpose purpose, String code) {
		Instant now = clock.instant();
		return codes.findFirstByMobileHashAndPurposeOrderByCreatedAtDesc(index.mobile(mobile), purpose)
			.filter(latest -> latest.open(now, policy.maxAttempts()))
			.map(latest -> {
				latest.countAttempt();
				boolean right = MessageDigest.isEqual(hash(latest.salt(), code.strip()).getBytes(StandardCharsets.US_ASCII),
						latest.codeHash().getBytes(StandardCharsets.US_ASCII));
				if (right) {
					latest.consume(now);
				}
				return right;
			})
			.orElse(false);
	}

	/**
	 * Whether the code was sent; when not, how many seconds until another may be requested. When sent,
	 * {@code waitSeconds} is the interval before the next request.
	 */
	/** Sent, or not: too soon after the last code, or ({@code limited}) the mobile's or client's share is spent. */
	public record Issued(boolean sent, long waitSeconds, boolean limited) {

		/** Whole minutes to wait, rounded up, for the message of a spent share. */
		public long waitMinutes() {
			return Math.max(1, (waitSeconds + 59) / 60);
		}

	}

	private String newCode() {
		StringBuilder code = new StringBuilder(policy.codeLength());
		for (int i = 0; i < policy.codeLength(); i++) {
			code.append(RANDOM.nextInt(10));
		}
		return code.toString();
	}

	private static Purpose notificationPurpose(CodePurpose purpose) {
		return switch (purpose) {
			case REGISTRATION -> Purpose.REGISTRATION_CODE;
			case PASSWORD_RESET -> Purpose.PASSWORD_RESET_CODE;
		};
	}

	private static String hash(String salt, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
