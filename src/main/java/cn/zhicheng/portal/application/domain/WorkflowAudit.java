package cn.zhicheng.portal.application.domain;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationStatusChanged;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every status change of an application in the audit trail (issue #6 part 8): the action, the status before and after
 * and the reason, in the transaction that decided it, so the change and its record stand or fall together. The actor
 * is the one the file's history records (the account and its party: the public for an objection, the portal itself
 * for an expired amendment); the username is added when that account is the one signed in, as it is for every action
 * taken on a page.
 */
@Component
class WorkflowAudit {

	static final String SUBJECT = "APPLICATION";

	private final AuditLog audit;

	WorkflowAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(ApplicationStatusChanged changed) {
		Long actorId = changed.actor().accountId();
		PortalUser user = signedIn();
		String name = user != null && actorId != null && user.id() == actorId ? user.getUsername() : null;
		String detail = changed.reason() == null ? changed.number() : changed.number() + "：" + changed.reason();
		audit.record(AuditEntry.statusChange(actorId, changed.actor().party().name(), name, changed.action().name(),
				SUBJECT, changed.applicationId(), changed.from().name(), changed.to().name(), detail));
	}

	private static @Nullable PortalUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof PortalUser user ? user : null;
	}

}
