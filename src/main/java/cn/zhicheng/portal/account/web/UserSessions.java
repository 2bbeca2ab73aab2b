package cn.zhicheng.portal.account.web;

import cn.zhicheng.portal.account.PortalUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends an account's signed-in sessions on this instance: all of them when it is disabled, all but the current one
 * when its password changes (issue #10). The registry is the security chain's (SecurityConfiguration).
 */
@Component
public class UserSessions {

	private final SessionRegistry registry;

	UserSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Expires every session of the account except {@code keep} (null: every one); each ends at its next request. */
	public void end(long accountId, @Nullable String keep) {
		registry.getAllPrincipals()
			.stream()
			.filter(principal -> principal instanceof PortalUser user && user.id() == accountId)
			.flatMap(principal -> registry.getAllSessions(principal, false).stream())
			.filter(session -> !session.getSessionId().equals(keep))
			.forEach(SessionInformation::expireNow);
	}

}
