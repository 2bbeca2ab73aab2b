package cn.zhicheng.portal.system.security;

import java.time.Clock;
import java.time.Duration;

import cn.zhicheng.portal.account.LoginFailureHandler;
import cn.zhicheng.portal.account.LoginThrottle;
import cn.zhicheng.portal.account.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The one place that says who may open what. Pages under a role's home path belong to that role alone; the public
 * sections, the login page and the API documentation are open; everything else needs a signed-in user. Services
 * scope data by the signed-in user as well: this chain only guards the doors.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Pages anyone may read: the portal's public sections (菜单 of the Guangdong system) and what pages need. */
	static final String[] PUBLIC_PATHS = { "/", "/login", "/error", "/css/**", "/js/**", "/images/**", "/fonts/**",
			"/favicon.ico", "/policies", "/qualifications", "/review-notices", "/guides", "/announcements",
			"/downloads", "/certificates/lookup", "/certificates/verify", "/api/v1/certificates/**", "/certificates/corrections/**", "/register/**", "/password-reset/**", "/units/register/**",
			"/api/v1/regions/**", "/api/v1/validation/**", "/api/v1/calendar/**", "/content/**", "/catalog/**", "/api/v1/units/search", "/forms/**",
			"/notices/**", "/results/**", "/actuator/health", "/actuator/info", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/api/v1/eligibility" };

	/** No inline script or style anywhere: templates carry none, so the policy needs no 'unsafe-inline'. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginFailureHandler loginFailureHandler,
			LoginThrottle loginThrottle, SessionRegistry sessionRegistry,
			@Value("${portal.security.session.absolute-lifetime}") Duration absoluteLifetime, Clock clock) {
		SessionLifetime sessionLifetime = new SessionLifetime(absoluteLifetime, clock);
		SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
		landing.setDefaultTargetUrl("/home");
		AuthenticationSuccessHandler signedIn = (request, response, authentication) -> {
			sessionLifetime.start(request);
			landing.onAuthenticationSuccess(request, response, authentication);
		};
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(PUBLIC_PATHS).permitAll();
			// 单位审核 (issue #3): reviewers, a supervising unit's officers and the administrator; the service scopes it.
			requests.requestMatchers("/units/approvals/**")
				.hasAnyRole(Role.COUNTY_REVIEWER.name(), Role.CITY_REVIEWER.name(), Role.ADMIN.name(),
						Role.UNIT_HR.name());
			for (Role role : Role.values()) {
				requests.requestMatchers(role.homePath(), role.homePath() + "/**").hasRole(role.name());
			}
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signedIn)
				.failureHandler(loginFailureHandler)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				// Every session is registered (no limit on how many), so a password change can end the others.
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.exceptionHandling(errors -> errors.accessDeniedHandler(new ExpiredSessionHandler())
				.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
			.addFilterAfter(sessionLifetime, ConcurrentSessionFilter.class)
			// After the CSRF check, so a forged sign-in is refused as forged, not counted or throttled.
			.addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${portal.security.bcrypt-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	/**
	 * No observation around each of the security chain's filters and decisions: nothing reads them (the portal exposes
	 * no metrics), and wrapping the dozen filters cost a page about 5 % of its time (#9, profiled).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Failed and successful logins become events that the lockout counts. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
