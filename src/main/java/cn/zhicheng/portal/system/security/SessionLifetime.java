package cn.zhicheng.portal.system.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session ends {@code portal.security.session.absolute-lifetime} after the sign-in, however busy it is
 * (issue #10; OWASP ASVS 5.0 V7.3.2; 等保 2.0 三级 8.1.4.1 b asks for a session end on inactivity too, which is
 * {@code server.servlet.session.timeout}). The sign-in time is the portal clock's, kept in the session. Made by
 * SecurityConfiguration for its chain only (a filter bean would also be registered with the servlet container).
 */
class SessionLifetime extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

	private final Duration lifetime;

	private final Clock clock;

	SessionLifetime(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** Called at sign-in: the lifetime counts from here. */
	void start(HttpServletRequest request) {
		request.getSession().setAttribute(SIGNED_IN_AT, clock.millis());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			Object since = session.getAttribute(SIGNED_IN_AT);
			if (!(since instanceof Long signedInAt)) {
				session.setAttribute(SIGNED_IN_AT, clock.millis());
			}
			else if (clock.millis() - signedInAt >= lifetime.toMillis()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
