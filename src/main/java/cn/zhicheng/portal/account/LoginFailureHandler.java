package cn.zhicheng.portal.account;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import cn.zhicheng.portal.account.domain.LoginAttempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the person why the login failed: wrong credentials, or locked until when (the attempt that reaches the limit
 * already says so). The reason travels in the session to the login page, which shows it once.
 */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

	/** Session attribute read (and removed) by the login page. */
	public static final String LOGIN_ERROR = LoginFailureHandler.class.getName() + ".error";

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final LoginAttempts attempts;

	private final Clock clock;

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginAttempts attempts, Clock clock, LoginThrottle throttle) {
		this.attempts = attempts;
		this.clock = clock;
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = java.util.Objects.requireNonNullElse(request.getParameter("username"), "");
		throttle.failed(request);
		LoginError error = attempts.lockedUntil(username)
			.map(until -> new LoginError("login.error.locked", username, UNTIL.format(until.atZone(clock.getZone()))))
			.orElseGet(() -> exception instanceof DisabledException
					? new LoginError("login.error.disabled", username, "")
					: new LoginError("login.error.bad-credentials", username, ""));
		refuse(request, response, error);
	}

	/** Back to the login page, which shows {@code error} once. */
	public static void refuse(HttpServletRequest request, HttpServletResponse response, LoginError error)
			throws IOException {
		request.getSession().setAttribute(LOGIN_ERROR, error);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** A message key, the username to put back in the form, and the message's one argument. */
	public record LoginError(String messageKey, String username, String argument) implements java.io.Serializable {
	}

}
