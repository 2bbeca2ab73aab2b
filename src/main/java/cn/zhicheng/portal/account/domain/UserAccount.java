package cn.zhicheng.portal.account.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.PersonDetails;

import cn.zhicheng.portal.account.PasswordRotation;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.validation.Gender;
import cn.zhicheng.portal.personaldata.BlindIndex;
import cn.zhicheng.portal.personaldata.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An account of any role. The failed-login counter is changed only by {@link LoginAttempts}, in SQL. */
@Entity
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long unitId;

	private @Nullable Long regionId;

	private boolean enabled;

	private int failedLoginCount;

	private @Nullable Instant lockedUntil;

	/**
	 * Full values in memory, sealed in the database (AES-GCM, issue #10), each with a keyed hash beside it for the
	 * unique indexes and exact lookups; shown masked everywhere except where they are needed (validation.Masking).
	 */
	@Convert(converter = SealedText.class)
	@Column(name = "mobile_sealed")
	private @Nullable String mobile;

	private @Nullable String mobileHash;

	@Convert(converter = SealedText.class)
	@Column(name = "id_number_sealed")
	private @Nullable String idNumber;

	private @Nullable String idNumberHash;

	@Enumerated(EnumType.STRING)
	private @Nullable Gender gender;

	private @Nullable LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private @Nullable Education education;

	private @Nullable Long committeeId;

	private Instant createdAt;

	/** When the password was last set; with {@code passwordMustChange} it decides expiry (PasswordRotation). */
	private Instant passwordChangedAt;

	private boolean passwordMustChange;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, Role role, @Nullable Long unitId,
			@Nullable Long regionId, Instant createdAt) {
		this.username = normalize(username);
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.unitId = unitId;
		this.regionId = regionId;
		this.enabled = true;
		this.createdAt = createdAt;
		this.passwordChangedAt = createdAt;
	}

	/** A person who registered themselves: an applicant with their verified mobile and checked ID number. */
	static UserAccount applicant(String username, String passwordHash, PersonDetails person, Instant now,
			BlindIndex index) {
		UserAccount account = new UserAccount(username, passwordHash, person.realName(), Role.APPLICANT, null, null,
				now);
		account.setMobile(person.mobile(), index);
		account.idNumber = person.idNumber();
		account.idNumberHash = index.idNumber(person.idNumber());
		account.gender = person.gender();
		account.birthDate = person.birthDate();
		account.education = person.education();
		return account;
	}

	/** Usernames are case-insensitive: {@code Demo-Admin} and {@code demo-admin} are one account. */
	static String normalize(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	PortalUser toPortalUser(Instant now, PasswordRotation rotation) {
		return new PortalUser(id, username, passwordHash, displayName, role, unitId, regionId, enabled,
				!isLockedAt(now), rotation.expired(passwordChangedAt, passwordMustChange, now));
	}

	String passwordHash() {
		return passwordHash;
	}

	@Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	/**
	 * Sets a new password hash, from {@code now}; a temporary one (an administrator's reset) must be changed at the
	 * next sign-in. Callers keep the replaced hash in the history first ({@link PasswordHistory}).
	 */
	void changePassword(String passwordHash, Instant now, boolean temporary) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.passwordMustChange = temporary;
		unlock();
	}

	void unlock() {
		this.lockedUntil = null;
		this.failedLoginCount = 0;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void setMobile(@Nullable String mobile, BlindIndex index) {
		this.mobile = mobile;
		this.mobileHash = index.mobile(mobile);
	}

	void moveToUnit(long unitId) {
		this.unitId = unitId;
	}

	void assignScope(Role role, @Nullable Long unitId, @Nullable Long regionId, @Nullable Long committeeId) {
		this.role = role;
		this.unitId = unitId;
		this.regionId = regionId;
		this.committeeId = committeeId;
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	@Nullable Long unitId() {
		return unitId;
	}

	@Nullable Long regionId() {
		return regionId;
	}

	@Nullable Long committeeId() {
		return committeeId;
	}

	boolean enabled() {
		return enabled;
	}

	@Nullable String mobile() {
		return mobile;
	}

	@Nullable String idNumber() {
		return idNumber;
	}

	@Nullable Gender gender() {
		return gender;
	}

	@Nullable LocalDate birthDate() {
		return birthDate;
	}

	@Nullable Education education() {
		return education;
	}

	Role role() {
		return role;
	}

}
