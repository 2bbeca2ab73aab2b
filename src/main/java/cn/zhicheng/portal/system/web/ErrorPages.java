package cn.zhicheng.portal.system.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error renders the one Chinese error page; {@code errorKind} picks its wording. Statuses without their own
 * wording get the generic text with the code. Boot's model never carries a trace or message here (see
 * {@code server.error.include-*}). A 503 is the database being out of reach (DatabaseUnavailableFilter).
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	static final String VIEW = "error";

	/** Statuses with wording of their own (error.&lt;status&gt;.title / .body); other 5xx read as 500. */
	private static final Set<Integer> WORDED = Set.of(403, 404, 413, 500, 503);

	@Bean
	ErrorViewResolver portalErrorView() {
		return (request, status, model) -> {
			Map<String, Object> page = new HashMap<>(model);
			page.put("errorKind", kind(status.value()));
			return new ModelAndView(VIEW, page, status);
		};
	}

	/**
	 * Outside the session store's filter and the security chain, which both read the database, so an outage met
	 * anywhere is answered the same way; on the error page's dispatch too (see the filter).
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			@Value("${portal.database.retry-after}") Duration retryAfter,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(retryAfter, sessionCookie));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** The wording of a status: its own message keys error.&lt;kind&gt;.title and .body, for pages and JSON alike. */
	static String kind(int status) {
		int code = status >= 500 && !WORDED.contains(status) ? HttpStatus.INTERNAL_SERVER_ERROR.value() : status;
		return WORDED.contains(code) ? String.valueOf(code) : "generic";
	}

}
