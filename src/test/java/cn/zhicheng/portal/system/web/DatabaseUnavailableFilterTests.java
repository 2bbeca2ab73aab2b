package cn.zhicheng.portal.system.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which failures read as "the database cannot be reached" (503 with Retry-After) and which stay what they are: a
 * constraint violation or a stale edit is the portal's business, never hidden behind an outage page.
 */
class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(Duration.ofSeconds(30), "SESSION");

	@Test
	void aLostOrRefusedConnectionIsAnOutage() {
		SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
		List<Throwable> outages = List.of(
				new CannotCreateTransactionException("Could not open JPA EntityManager",
						new SQLTransientConnectionException("Connection is not available, request timed out")),
				new DataAccessResourceFailureException("insert", new SQLException("terminating connection", "57P01")),
				new JDBCConnectionException("Unable to commit", new SQLException("An I/O error occurred", "08006")),
				new ServletException("Request processing failed", new IllegalStateException("wrapped", refused)),
				new SQLException("the database system is starting up", "57P03"));
		for (Throwable outage : outages) {
			assertThat(DatabaseUnavailableFilter.unreachable(outage)).as(outage.toString()).isTrue();
		}
	}

	@Test
	void aFailureOfTheRequestItselfIsNot() {
		List<Throwable> failures = List.of(
				new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505")),
				new OptimisticLockingFailureException("stale"), new SQLException("canceled", "57014"),
				new IllegalStateException("bug"), new ServletException("failed", new SQLException("no state")));
		for (Throwable failure : failures) {
			assertThat(DatabaseUnavailableFilter.unreachable(failure)).as(failure.toString()).isFalse();
		}
	}

	@Test
	void anOutageIsAnswered503WithRetryAfterAndOtherFailuresPassThrough() throws Exception {
		MockHttpServletResponse outage = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("POST", "/applicant/records/training"), outage,
				failingWith(new CannotCreateTransactionException("down")));
		assertThat(outage.getStatus()).isEqualTo(503);
		assertThat(outage.getHeader("Retry-After")).isEqualTo("30");

		FilterChain bug = failingWith(new IllegalStateException("bug"));
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
				bug))
			.isInstanceOf(IllegalStateException.class);
	}

	/**
	 * The outage page's dispatch sees neither the session cookie nor the session loaded before the outage, so it does
	 * not wait on the store again; another error's page sees both (issue #11: sessions live in PostgreSQL).
	 */
	@Test
	void theOutagePageIsRenderedWithoutTheStoredSession() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/applicant/records/training");
		request.setCookies(new Cookie("SESSION", "c2Vzc2lvbg"), new Cookie("portal-locale", "zh-CN"));
		String loaded = SessionRepositoryFilter.SESSION_REPOSITORY_ATTR + ".CURRENT_SESSION";
		request.setAttribute(loaded, "the session loaded before the outage");
		filter.doFilter(request, new MockHttpServletResponse(), failingWith(new CannotCreateTransactionException("down")));

		request.setDispatcherType(DispatcherType.ERROR);
		List<ServletRequest> seen = new ArrayList<>();
		filter.doFilter(request, new MockHttpServletResponse(), (page, response) -> seen.add(page));
		HttpServletRequest page = (HttpServletRequest) seen.getFirst();
		assertThat(page.getCookies()).extracting(Cookie::getName).containsExactly("portal-locale");
		assertThat(page.getAttribute(loaded)).isNull();

		MockHttpServletRequest other = new MockHttpServletRequest("GET", "/applicant");
		other.setCookies(new Cookie("SESSION", "c2Vzc2lvbg"));
		other.setDispatcherType(DispatcherType.ERROR);
		seen.clear();
		filter.doFilter(other, new MockHttpServletResponse(), (page2, response) -> seen.add(page2));
		assertThat(((HttpServletRequest) seen.getFirst()).getCookies()).extracting(Cookie::getName)
			.containsExactly("SESSION");
	}

	/** An outage that escaped as an exception is shown the outage page too, with 503, without the stored session. */
	@Test
	void anOutageThatReachedTheContainersErrorPageIsAnOutagePage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/applicant/records/achievement");
		request.setCookies(new Cookie("SESSION", "c2Vzc2lvbg"));
		request.setDispatcherType(DispatcherType.ERROR);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new DataAccessResourceFailureException("session", new SQLException("terminating", "57P01")));
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
		MockHttpServletResponse response = new MockHttpServletResponse();
		List<ServletRequest> seen = new ArrayList<>();
		filter.doFilter(request, response, (page, answer) -> seen.add(page));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).isEqualTo(503);
		assertThat(((HttpServletRequest) seen.getFirst()).getCookies()).isEmpty();
	}

	private static FilterChain failingWith(RuntimeException failure) {
		return (request, response) -> {
			throw failure;
		};
	}

}
