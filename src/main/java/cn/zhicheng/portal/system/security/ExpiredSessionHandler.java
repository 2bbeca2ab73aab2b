package cn.zhicheng.portal.system.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted after the session ended fails its CSRF check; for a person that is not "access denied" but "signed
 * out". They are sent to the login page with a note that what they typed is kept in the browser (the filing pages
 * restore it, issue #5). Everything else, and any API call, is the usual 403.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, jakarta.servlet.ServletException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		boolean signedOut = who == null || who instanceof AnonymousAuthenticationToken;
		if (refusal instanceof CsrfException && signedOut && signInPage(request)) {
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		this.denied.handle(request, response, refusal);
	}

	/**
	 * Only forms that need a sign-in lead back to it: the role areas and the login form itself. A public form (an
	 * objection to a 评前公示) or an API call keeps the plain 403.
	 */
	private static boolean signInPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/login") || path.matches("^/(applicant|unit|county|city|admin)(/.*)?$");
	}

}
