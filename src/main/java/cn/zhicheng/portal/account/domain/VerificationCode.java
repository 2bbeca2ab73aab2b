package cn.zhicheng.portal.account.domain;

import java.time.Instant;

import cn.zhicheng.portal.account.CodePurpose;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * One code sent to one mobile for one purpose; only its salted hash is stored, and of the mobile only its keyed hash
 * (BlindIndex): a code is looked up by its mobile, never read back to it.
 */
@Entity
class VerificationCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String mobileHash;

	@Enumerated(EnumType.STRING)
	private CodePurpose purpose;

	private String codeHash;

	private String salt;

	private int attempts;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant consumedAt;

	protected VerificationCode() {
	}

	VerificationCode(String mobileHash, CodePurpose purpose, String codeHash, String salt, Instant createdAt,
			Instant expiresAt) {
		this.mobileHash = mobileHash;
		this.purpose = purpose;
		this.codeHash = codeHash;
		this.salt = salt;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Whether another attempt may be made against this code at {@code now}. */
	boolean open(Instant now, int maxAttempts) {
		return consumedAt == null && now.isBefore(expiresAt) && attempts < maxAttempts;
	}

	void countAttempt() {
		attempts++;
	}

	void consume(Instant now) {
		consumedAt = now;
	}

	String codeHash() {
		return codeHash;
	}

	String salt() {
		return salt;
	}

	Instant createdAt() {
		return createdAt;
	}

}
