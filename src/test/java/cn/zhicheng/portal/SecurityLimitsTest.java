package cn.zhicheng.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The portal with its security limits as shipped (issue #10): password expiry, session lifetime and the rate limits on
 * failed logins and codes. The shared context of {@link PortalTest} sets them out of reach, because its clock moves
 * across years and its tests sign in and ask for codes from one address all day; the classes that test the limits share
 * this one context instead. Each such class uses fresh accounts, mobiles and client addresses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@TestPropertySource(properties = { "portal.security.password.max-age=90d", "portal.security.password.history=5",
		"portal.security.session.absolute-lifetime=12h", "portal.security.lockout.client-max-failures=30",
		"portal.security.lockout.client-window=15m", "portal.verification.max-per-mobile-per-day=10",
		"portal.verification.max-per-client-per-hour=20" })
public @interface SecurityLimitsTest {
}
