package cn.zhicheng.portal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 登录失败处理: after {@code maxFailures} consecutive failed logins the account is locked for {@code duration}; while
 * locked even the right password is refused (issue #2; 等保 2.0 三级 8.1.4.1).
 */
@ConfigurationProperties("portal.security.lockout")
public record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
}
