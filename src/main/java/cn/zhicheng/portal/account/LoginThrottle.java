package cn.zhicheng.portal.account;

import cn.zhicheng.portal.ratelimit.ClientKeys;
import cn.zhicheng.portal.ratelimit.RateLimit;
import cn.zhicheng.portal.ratelimit.RateLimiter;
import cn.zhicheng.portal.ratelimit.RateLimiter.Decision;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Failed logins counted per client address (LockoutPolicy's client limit): the login filter asks before the password
 * is checked, the failure handler counts each failure. A success counts nothing, so colleagues behind one address who
 * sign in correctly never use up each other's share.
 */
@Component
public class LoginThrottle {

	private final RateLimiter limiter;

	private final RateLimit limit;

	LoginThrottle(RateLimiter limiter, LockoutPolicy policy) {
		this.limiter = limiter;
		this.limit = new RateLimit("login-client", policy.clientMaxFailures(), policy.clientWindow());
	}

	public Decision check(HttpServletRequest request) {
		return limiter.check(limit, ClientKeys.of(request.getRemoteAddr()));
	}

	void failed(HttpServletRequest request) {
		limiter.record(limit, ClientKeys.of(request.getRemoteAddr()));
	}

}
