package cn.zhicheng.portal.system.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL is down, restarting or recovering from a crash, a request that needs it is answered 503 with
 * {@code Retry-After} and the error page's "cannot reach the database" wording (error.503.*), not a 500 that reads as
 * a fault of the portal (issue #10). It wraps the security chain too, because a sign-in reads the account and the
 * lockout before any controller runs. The pool gives up after {@code spring.datasource.hikari.connection-timeout}, so
 * the person waits seconds, not minutes; the error page itself reads no data.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** SQLSTATE classes of a lost or refused connection: 08 connection exception, 57P shutdown / starting up. */
	private static final String[] UNAVAILABLE_STATES = { "08", "57P" };

	private final Duration retryAfter;

	DatabaseUnavailableFilter(Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
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
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
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
