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

	VerificationCodes(VerificationCodeRepository codes, NotificationSender sender, MessageSource messages,
			VerificationPolicy policy, Clock clock) {
		this.codes = codes;
		this.sender = sender;
		this.messages = messages;
		this.policy = policy;
		this.clock = clock;
	}

	/** Sends a new code unless one went out less than the resend interval ago. */
	@Transactional
	public Issued issue(String mobile, CodePurpose purpose, Locale locale) {
		Instant now = clock.instant();
		Instant allowedFrom = codes.findFirstByMobileAndPurposeOrderByCreatedAtDesc(mobile, purpose)
			.map(last -> last.createdAt().plus(policy.resendAfter()))
			.orElse(now);
		if (now.isBefore(allowedFrom)) {
			return new Issued(false, Duration.between(now, allowedFrom).toSeconds() + 1);
		}
		String code = newCode();
		byte[] saltBytes = new byte[16];
		RANDOM.nextBytes(saltBytes);
		String salt = HexFormat.of().formatHex(saltBytes);
		codes.save(new VerificationCode(mobile, purpose, hash(salt, code), salt, now, now.plus(policy.validFor())));
		String text = messages.getMessage("verification.sms." + purpose,
				new Object[] { code, policy.validFor().toMinutes() }, locale);
		sender.send(Notification.sms(mobile, notificationPurpose(purpose), text));
		return new Issued(true, policy.resendAfter().toSeconds());
	}

	/** Checks a code; a right one is used up, a wrong one counts against the attempts. */
	@Transactional
	public boolean verify(String mobile, CodePurpose purpose, String code) {
		Instant now = clock.instant();
		return codes.findFirstByMobileAndPurposeOrderByCreatedAtDesc(mobile, purpose)
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
	public record Issued(boolean sent, long waitSeconds) {
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
