package cn.zhicheng.portal.account;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 口令定期更换 (等保 2.0 三级, GB/T 22239-2019 8.1.4.1 a): a password is good for {@code maxAge}, after which the next
 * sign-in leads to the change page and nowhere else; a new password may not be any of the account's last
 * {@code history} ones (the current one included). 等保 asks for rotation where OWASP ASVS 5.0 advises against forced
 * rotation; for this portal 等保 wins (SECURITY.md). The one place the rule lives.
 */
@ConfigurationProperties("portal.security.password")
public record PasswordRotation(@DefaultValue("90d") Duration maxAge, @DefaultValue("5") int history) {

	/** Whether a password set at {@code changedAt} must be changed at {@code now}. */
	public boolean expired(Instant changedAt, boolean mustChange, Instant now) {
		return mustChange || !now.isBefore(changedAt.plus(maxAge));
	}

}
