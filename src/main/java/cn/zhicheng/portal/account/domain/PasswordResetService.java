package cn.zhicheng.portal.account.domain;

import java.util.Locale;
import java.util.Optional;

import cn.zhicheng.portal.account.CodePurpose;
import cn.zhicheng.portal.account.PasswordPolicy;
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

	PasswordResetService(UserAccountRepository accounts, VerificationCodes codes, PasswordEncoder passwordEncoder,
			PasswordPolicy policy) {
		this.accounts = accounts;
		this.codes = codes;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
	}

	/** Sends a code to the account's mobile when the username and mobile match; says nothing about whether they do. */
	@Transactional
	public void requestCode(String username, String mobile, Locale locale) {
		account(username, mobile).ifPresent(account -> codes.issue(mobile, CodePurpose.PASSWORD_RESET, locale));
	}

	/** Sets the new password (and lifts a lockout) when the code is right; answers whether it was. */
	@Transactional
	public boolean reset(String username, String mobile, String code, String newPassword) {
		if (!policy.accepts(newPassword)) {
			throw new WeakPasswordException(username, policy);
		}
		Optional<UserAccount> account = account(username, mobile);
		if (account.isEmpty() || !codes.verify(mobile, CodePurpose.PASSWORD_RESET, code)) {
			return false;
		}
		account.get().changePassword(passwordEncoder.encode(newPassword));
		return true;
	}

	private Optional<UserAccount> account(String username, String mobile) {
		return accounts.findByUsername(UserAccount.normalize(username))
			.filter(account -> mobile.equals(account.mobile()))
			.filter(UserAccount::enabled);
	}

}
