package cn.zhicheng.portal.account.domain;

import java.time.Clock;

import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 修改密码 by the signed-in user: the current password first, then a new one that meets the policy and is none of the
 * last few (issue #10). The change is audited; ending the user's other sessions is the web layer's part.
 */
@Service
public class PasswordChangeService {

	private static final Logger log = LoggerFactory.getLogger(PasswordChangeService.class);

	private final UserAccountRepository accounts;

	private final PasswordHistory history;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	PasswordChangeService(UserAccountRepository accounts, PasswordHistory history, PasswordEncoder encoder,
			PasswordPolicy policy, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.history = history;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Outcome {

		CHANGED, WRONG_CURRENT, WEAK, REUSED

	}

	@Transactional
	public Outcome change(PortalUser user, String currentPassword, String newPassword) {
		UserAccount account = accounts.findById(user.id()).orElseThrow();
		if (!encoder.matches(currentPassword, account.passwordHash())) {
			return Outcome.WRONG_CURRENT;
		}
		if (!policy.accepts(newPassword)) {
			return Outcome.WEAK;
		}
		if (history.reused(account, newPassword)) {
			return Outcome.REUSED;
		}
		history.keepCurrent(account, clock.instant());
		account.changePassword(encoder.encode(newPassword), clock.instant(), false);
		audit.record(new AuditEntry(user.id(), user.role().name(), "PASSWORD_CHANGED", "USER_ACCOUNT", user.id(), null));
		log.info("Account {} changed its password", user.id());
		return Outcome.CHANGED;
	}

}
