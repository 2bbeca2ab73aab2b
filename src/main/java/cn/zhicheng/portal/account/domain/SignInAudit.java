package cn.zhicheng.portal.account.domain;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, failed sign-in (a locked account's refusal marked as such) and sign-out leaves an audit row (issue
 * #10; 等保 2.0 三级 8.1.4.3 asks for the audit of each user's important actions, sign-ins first). A failed attempt
 * names the username typed, cut to the column's size; the password never reaches the trail.
 */
@Component
class SignInAudit {

	/** user_account.username's size: anything longer typed into the form was not a username of ours. */
	private static final int USERNAME_MAX = 32;

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		record("LOGIN", event.getAuthentication());
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String action = event instanceof AuthenticationFailureLockedEvent ? "LOGIN_REFUSED_LOCKED" : "LOGIN_FAILED";
		String typed = event.getAuthentication().getName();
		String username = typed.length() > USERNAME_MAX ? typed.substring(0, USERNAME_MAX) : typed;
		audit.record(new AuditEntry(null, null, username, action, "USER_ACCOUNT", null, null, null, null));
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		record("LOGOUT", event.getAuthentication());
	}

	private void record(String action, Authentication authentication) {
		if (authentication.getPrincipal() instanceof PortalUser user) {
			audit.record(new AuditEntry(user.id(), user.role().name(), user.getUsername(), action, "USER_ACCOUNT",
					user.id(), null, null, null));
		}
	}

}
