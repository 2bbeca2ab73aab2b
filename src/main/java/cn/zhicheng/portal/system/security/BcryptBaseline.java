package cn.zhicheng.portal.system.security;

import cn.zhicheng.portal.account.PortalUser;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baselines of the login (issue #9), only in profile {@code bench}: one password check at the configured
 * BCrypt strength, the raw rate a login can at best approach, and the account lookup the runner uses once to learn
 * a reviewer's or applicant's id and scope (set-up, never measured).
 */
@RestController
@Profile("bench")
class BcryptBaseline {

	private static final String PASSWORD = "Bench#2026";

	private final PasswordEncoder encoder;

	private final UserDetailsService users;

	private final String hash;

	BcryptBaseline(PasswordEncoder encoder, UserDetailsService users) {
		this.encoder = encoder;
		this.users = users;
		this.hash = encoder.encode(PASSWORD);
	}

	@GetMapping(value = "/bench/baseline/bcrypt", produces = MediaType.TEXT_PLAIN_VALUE)
	String bcrypt() {
		return encoder.matches(PASSWORD, hash) ? "ok\n" : "mismatch\n";
	}

	/** id, role, unit and region of an account, space-separated. */
	@GetMapping(value = "/bench/baseline/account", produces = MediaType.TEXT_PLAIN_VALUE)
	String account(@RequestParam String username) {
		PortalUser user = (PortalUser) users.loadUserByUsername(username);
		return user.id() + " " + user.role() + " " + user.unitId() + " " + user.regionId() + "\n";
	}

}
