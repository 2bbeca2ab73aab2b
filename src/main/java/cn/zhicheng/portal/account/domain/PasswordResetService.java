package cn.zhicheng.portal.account.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import cn.zhicheng.portal.account.CodePurpose;
import cn.zhicheng.portal.account.PasswordPolicy;
import cn.zhicheng.portal.account.PasswordReusedException;
import cn.zhicheng.portal.account.WeakPasswordException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 找回密码 with the same one-time code as registration. The request answers the same whether or not the username and
 * mobile match an account, so the form cannot be used to find out who is registered.
 */
@Service
public class PasswordResetService {

	private final UserAccountRepository accounts;

	private final VerificationCodes codes;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final PasswordHistory history;

	private final Clock clock;

	PasswordResetService(UserAccountRepository accounts, VerificationCodes codes, PasswordEncoder passwordEncoder,
			PasswordPolicy policy, PasswordHistory history, Clock clock) {
		this.accounts = accounts;
		this.codes = codes;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.history = history;
		this.clock = clock;
	}

	/** Sends a code to the account's mobile when the username and mobile match; says nothing about whether they do. */
	@Transactional
	public void requestCode(String username, String mobile, Locale locale, String clientAddress) {
		account(username, mobile)
			.ifPresent(account -> codes.issue(mobile, CodePurpose.PASSWORD_RESET, locale, clientAddress));
	}

	/**
	 * Sets the new password (and lifts a lockout) when the code is right; answers whether it was. One of the account's
	 * last passwords is refused only after the code is checked (no guessing old passwords without it), and the refusal
	 * rolls the code's use back, so the same code serves the next try.
	 * @throws PasswordReusedException for a password the account had recently
	 */
	@Transactional
	public boolean reset(String username, String mobile, String code, String newPassword) {
		if (!policy.accepts(newPassword)) {
			throw new WeakPasswordException(username, policy);
		}
		Optional<UserAccount> account = account(username, mobile);
		if (account.isEmpty() || !codes.verify(mobile, CodePurpose.PASSWORD_RESET, code)) {
			return false;
		}
		if (history.reused(account.get(), newPassword)) {
			throw new PasswordReusedException();
		}
		history.keepCurrent(account.get(), clock.instant());
		account.get().changePassword(passwordEncoder.encode(newPassword), clock.instant(), false);
		return true;
	}

	private Optional<UserAccount> account(String username, String mobile) {
		return accounts.findByUsername(UserAccount.normalize(username))
			.filter(account -> mobile.equals(account.mobile()))
			.filter(UserAccount::enabled);
	}

}
