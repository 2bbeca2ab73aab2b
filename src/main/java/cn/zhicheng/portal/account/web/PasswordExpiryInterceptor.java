package cn.zhicheng.portal.account.web;

import cn.zhicheng.portal.account.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A user whose password has expired (PasswordRotation) is signed in, but every page leads to 修改密码 until the
 * password is changed: sign-out and the change page itself stay open.
 */
class PasswordExpiryInterceptor implements HandlerInterceptor {

	static final String CHANGE_PAGE = "/account/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.passwordExpired()) {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE + "?expired");
			return false;
		}
		return true;
	}

}
