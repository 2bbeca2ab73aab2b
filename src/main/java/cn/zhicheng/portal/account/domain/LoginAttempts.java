package cn.zhicheng.portal.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.zhicheng.portal.account.LockoutPolicy;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed logins and locks the account when {@link LockoutPolicy#maxFailures()} is reached. A
 * success resets the count; a locked account's attempts are refused before the password is checked, so they do not
 * extend the lock.
 */
@Service
public class LoginAttempts {

	private final UserAccountRepository accounts;

	private final LockoutPolicy policy;

	private final Clock clock;

	LoginAttempts(UserAccountRepository accounts, LockoutPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = UserAccount.normalize(event.getAuthentication().getName());
		if (accounts.incrementFailures(username) > 0) {
			accounts.lockIfReached(username, policy.maxFailures(), clock.instant().plus(policy.duration()));
		}
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.resetFailures(UserAccount.normalize(event.getAuthentication().getName()));
	}

	/** Until when the account is locked, if it is locked now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		Instant now = clock.instant();
		return accounts.findByUsername(UserAccount.normalize(username))
			.filter(account -> account.isLockedAt(now))
			.map(UserAccount::lockedUntil);
	}

}
