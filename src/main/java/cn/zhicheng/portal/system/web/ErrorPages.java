package cn.zhicheng.portal.system.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error renders the one Chinese error page; {@code errorKind} picks its wording. Statuses without their own
 * wording get the generic text with the code. Boot's model never carries a trace or message here (see
 * {@code server.error.include-*}).
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	static final String VIEW = "error";

	/** Statuses with wording of their own (error.&lt;status&gt;.title / .body); 5xx all read as 500. */
	private static final Set<Integer> WORDED = Set.of(403, 404, 413, 500);

	@Bean
	ErrorViewResolver portalErrorView() {
		return (request, status, model) -> {
			Map<String, Object> page = new HashMap<>(model);
			int code = status.is5xxServerError() ? HttpStatus.INTERNAL_SERVER_ERROR.value() : status.value();
			page.put("errorKind", WORDED.contains(code) ? String.valueOf(code) : "generic");
			return new ModelAndView(VIEW, page, status);
		};
	}

}
