package cn.zhicheng.portal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-time codes sent to a mobile (账号安全信息, password reset): how long, how valid, how often. Numbers are the
 * usual practice of Chinese government portals [M]; all configurable.
 */
@ConfigurationProperties("portal.verification")
public record VerificationPolicy(@DefaultValue("6") int codeLength, @DefaultValue("5m") Duration validFor,
		@DefaultValue("60s") Duration resendAfter, @DefaultValue("5") int maxAttempts) {
}
