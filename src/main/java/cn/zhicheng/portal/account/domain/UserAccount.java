package cn.zhicheng.portal.account.domain;

import java.time.Instant;
import java.util.Locale;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
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

	private Instant createdAt;

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
	}

	/** Usernames are case-insensitive: {@code Demo-Admin} and {@code demo-admin} are one account. */
	static String normalize(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	PortalUser toPortalUser(Instant now) {
		return new PortalUser(id, username, passwordHash, displayName, role, unitId, regionId, enabled,
				!isLockedAt(now));
	}

	@Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	Role role() {
		return role;
	}

}
