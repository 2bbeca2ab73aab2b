package cn.zhicheng.portal.system.security;

import java.io.IOException;
import java.util.Objects;

import cn.zhicheng.portal.account.LoginFailureHandler;
import cn.zhicheng.portal.account.LoginFailureHandler.LoginError;
import cn.zhicheng.portal.account.LoginThrottle;
import cn.zhicheng.portal.ratelimit.RateLimiter.Decision;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from a client address that has failed too often lately, before its password is even checked, so
 * trying one password on many accounts (which no single account's lock stops) comes to a halt. Not a bean: Spring Boot
 * would register a filter bean in the servlet container as well, outside the security chain.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Decision decision = throttle.check(request);
		if (decision.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		String username = Objects.requireNonNullElse(request.getParameter("username"), "");
		LoginFailureHandler.refuse(request, response,
				new LoginError("login.error.throttled", username, Long.toString(decision.retryAfterMinutes())));
	}

}
