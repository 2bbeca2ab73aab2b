package cn.zhicheng.portal.account.domain;

import java.time.Clock;

import cn.zhicheng.portal.account.PasswordRotation;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the principal; a locked account comes back non-locked = false, so the password is never checked. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	private final PasswordRotation rotation;

	AccountUserDetailsService(UserAccountRepository accounts, Clock clock, PasswordRotation rotation) {
		this.accounts = accounts;
		this.clock = clock;
		this.rotation = rotation;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(UserAccount.normalize(username))
			.map(account -> account.toPortalUser(clock.instant(), rotation))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
