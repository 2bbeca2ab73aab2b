/**
 * 访问频率限制 (issue #10): how often one client, or one mobile, may do something that costs the portal or a person
 * (a failed login, a verification code). Counted in PostgreSQL, so every instance behind the load balancer counts the
 * same hits; the keys are kept only as keyed hashes, never the address or number itself. Public API:
 * {@link cn.zhicheng.portal.ratelimit.RateLimiter} and {@link cn.zhicheng.portal.ratelimit.RateLimit}.
 */
@NullMarked
package cn.zhicheng.portal.ratelimit;

import org.jspecify.annotations.NullMarked;
