package cn.zhicheng.portal.account.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends an account's signed-in sessions: all of them when it is disabled, all but the current one when its password
 * changes (issue #10). The registry reads the shared session store (system/session), so this reaches the sessions on
 * every instance (issue #11); each ends at its next request, on whichever instance takes it.
 */
@Component
public class UserSessions {

	private final SessionRegistry registry;

	UserSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Expires every session of the account signed in as {@code username} except {@code keep} (null: every one). */
	public void end(String username, @Nullable String keep) {
		registry.getAllSessions(username, false)
			.stream()
			.filter(session -> !session.getSessionId().equals(keep))
			.forEach(SessionInformation::expireNow);
	}

}
