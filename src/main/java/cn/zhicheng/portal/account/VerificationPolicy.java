package cn.zhicheng.portal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-time codes sent to a mobile (账号安全信息, password reset): how long, how valid, how often. Numbers are the
 * usual practice of Chinese government portals [M]; all configurable. Beyond the resend interval, a mobile receives
 * at most {@code maxPerMobilePerDay} codes a day and one client address asks for at most {@code maxPerClientPerHour}
 * an hour, so the form cannot be used to flood someone's phone or run up the SMS bill (issue #10, ASVS V2.2.1).
 */
@ConfigurationProperties("portal.verification")
public record VerificationPolicy(@DefaultValue("6") int codeLength, @DefaultValue("5m") Duration validFor,
		@DefaultValue("60s") Duration resendAfter, @DefaultValue("5") int maxAttempts,
		@DefaultValue("10") int maxPerMobilePerDay, @DefaultValue("20") int maxPerClientPerHour) {
}
