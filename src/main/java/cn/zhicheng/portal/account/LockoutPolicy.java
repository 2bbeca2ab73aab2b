package cn.zhicheng.portal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 登录失败处理: after {@code maxFailures} consecutive failed logins the account is locked for {@code duration}; while
 * locked even the right password is refused (issue #2; 等保 2.0 三级 8.1.4.1). A client address with
 * {@code clientMaxFailures} failed logins, whatever the usernames, within {@code clientWindow} may not try again until
 * the oldest leaves the window: one account's lock does not stop trying one password on many accounts (issue #10,
 * ASVS V2.2.1). The client limit is set well above one person's mistakes, for offices behind one address.
 */
@ConfigurationProperties("portal.security.lockout")
public record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration,
		@DefaultValue("30") int clientMaxFailures, @DefaultValue("15m") Duration clientWindow) {
}
