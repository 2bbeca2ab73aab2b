package cn.zhicheng.portal.account;

import java.util.Collection;
import java.util.List;

import cn.zhicheng.portal.audit.AuditActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their role and the scope it applies to (a unit HR officer's unit, a reviewer's county or
 * city, an applicant's HR unit). Services scope every query by these ids, never by what a page sends.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, AuditActor {

	/**
	 * Sessions hold the signed-in user serialized (issue #11): a fixed number lets a later version with an added field
	 * still read the sessions of the one before it during a rolling upgrade.
	 */
	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private @Nullable String password;

	private final String displayName;

	private final Role role;

	private final @Nullable Long unitId;

	private final @Nullable Long regionId;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private final boolean passwordExpired;

	public PortalUser(long id, String username, String password, String displayName, Role role, @Nullable Long unitId,
			@Nullable Long regionId, boolean enabled, boolean accountNonLocked) {
		this(id, username, password, displayName, role, unitId, regionId, enabled, accountNonLocked, false);
	}

	/** {@code passwordExpired}: signed in, but every page leads to the password change until it is done. */
	public PortalUser(long id, String username, String password, String displayName, Role role, @Nullable Long unitId,
			@Nullable Long regionId, boolean enabled, boolean accountNonLocked, boolean passwordExpired) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
		this.role = role;
		this.unitId = unitId;
		this.regionId = regionId;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.passwordExpired = passwordExpired;
	}

	public boolean passwordExpired() {
		return passwordExpired;
	}

	/** The same person once the password has been changed: no longer held on the change page. */
	public PortalUser withPasswordChanged() {
		return new PortalUser(id, username, "", displayName, role, unitId, regionId, enabled, accountNonLocked, false);
	}

	@Override
	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public @Nullable Long unitId() {
		return unitId;
	}

	public @Nullable Long regionId() {
		return regionId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "PortalUser[" + username + ", " + role + "]";
	}

}
