package cn.zhicheng.portal.system.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL is down, restarting or recovering from a crash, a request that needs it is answered 503 with
 * {@code Retry-After} and the error page's "cannot reach the database" wording (error.503.*), not a 500 that reads as
 * a fault of the portal (issue #10). It wraps the security chain too, because a sign-in reads the account and the
 * lockout before any controller runs, and the session store too (issue #11: sessions live in PostgreSQL), which reads
 * the session before anything else and writes it back last. The pool gives up after
 * {@code spring.datasource.hikari.connection-timeout}, so the person waits seconds, not minutes. The error page itself
 * reads no data: its dispatch is shown the request without the session cookie and without the session loaded before
 * the outage, so nothing reads or writes the store (and the cookie the browser holds is left as it is, for when the
 * database is back).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** SQLSTATE classes of a lost or refused connection: 08 connection exception, 57P shutdown / starting up. */
	private static final String[] UNAVAILABLE_STATES = { "08", "57P" };

	private static final String OUTAGE = DatabaseUnavailableFilter.class.getName() + ".outage";

	/** Where the session store's filter keeps the session it loaded, for the request's later dispatches. */
	private static final String LOADED_SESSION = SessionRepositoryFilter.SESSION_REPOSITORY_ATTR + ".CURRENT_SESSION";

	private final Duration retryAfter;

	private final String sessionCookie;

	DatabaseUnavailableFilter(Duration retryAfter, String sessionCookie) {
		this.retryAfter = retryAfter;
		this.sessionCookie = sessionCookie;
	}

	/** The error page's dispatch comes through here too, to hide the session from it during an outage. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// An outage that escaped this filter (it broke out once the response had begun, as when the session store
			// failed writing the session back) reaches the container's error page: it is an outage page too.
			if (request.getAttribute(OUTAGE) == null
					&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable escaped
					&& unreachable(escaped) && !response.isCommitted()) {
				markOutage(request, response);
				request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
			chain.doFilter(request.getAttribute(OUTAGE) != null ? withoutSessionCookie(request) : request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!unreachable(failure) || response.isCommitted()) {
				throw failure;
			}
			// One line, no trace: the outage is the news, and the root cause says whether refused, lost or timed out.
			log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
					NestedExceptionUtils.getMostSpecificCause(failure).toString());
			markOutage(request, response);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	/** The error page's dispatch will hide the session; the client is told when to try again. */
	private void markOutage(HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(OUTAGE, Boolean.TRUE);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
	}

	private HttpServletRequest withoutSessionCookie(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {
			@Override
			public @Nullable Object getAttribute(String name) {
				return LOADED_SESSION.equals(name) ? null : super.getAttribute(name);
			}

			@Override
			public Cookie @Nullable [] getCookies() {
				Cookie[] cookies = super.getCookies();
				return cookies == null ? null
						: Arrays.stream(cookies).filter(cookie -> !cookie.getName().equals(sessionCookie))
							.toArray(Cookie[]::new);
			}
		};
	}

	/**
	 * Whether the failure's causes say the database cannot be reached: the pool timed out or was refused (Spring wraps
	 * it as CannotCreateTransactionException or DataAccessResourceFailureException), or the driver lost the connection
	 * mid-transaction (Hibernate's JDBCConnectionException carries the driver's SQLSTATE 08xxx).
	 */
	static boolean unreachable(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static boolean unavailableState(@Nullable String state) {
		if (state == null) {
			return false;
		}
		for (String prefix : UNAVAILABLE_STATES) {
			if (state.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
