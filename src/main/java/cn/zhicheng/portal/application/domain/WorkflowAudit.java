package cn.zhicheng.portal.application.domain;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationStatusChanged;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.Workflow;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every status change of an application in the audit trail (issue #6 part 8): the action, the status before and after
 * and the reason, in the transaction that decided it, so the change and its record stand or fall together. The event
 * names no actor: the signed-in user took the action when there is one; otherwise it is the party the workflow table
 * gives the action from that status — the public for an objection, the portal itself for an expired amendment.
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
		PortalUser user = signedIn();
		Long actorId = user == null ? null : user.id();
		String role = user == null ? party(changed).name() : user.role().name();
		String name = user == null ? null : user.getUsername();
		String detail = changed.reason() == null ? changed.number() : changed.number() + "：" + changed.reason();
		audit.record(AuditEntry.statusChange(actorId, role, name, changed.action().name(), SUBJECT,
				changed.applicationId(), changed.from().name(), changed.to().name(), detail));
	}

	private static @Nullable PortalUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof PortalUser user ? user : null;
	}

	private static Party party(ApplicationStatusChanged changed) {
		return Workflow.find(changed.action(), changed.from())
			.map(Workflow.Transition::party)
			.orElse(changed.action() == WorkflowAction.HOLD_FOR_OBJECTION ? Party.PUBLIC : Party.SYSTEM);
	}

}
