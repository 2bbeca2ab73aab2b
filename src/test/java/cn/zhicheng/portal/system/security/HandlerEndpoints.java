package cn.zhicheng.portal.system.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request the portal maps, read from the handler mappings, so a new page or form is covered by the tests that
 * walk them (CSRF, access matrix) without touching those tests.
 */
final class HandlerEndpoints {

	private HandlerEndpoints() {
	}

	/** One method and path pattern of a handler; path variables still in braces. */
	record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	/**
	 * The endpoints answering one of {@code wanted}, sorted by pattern; a mapping that names no method answers all of
	 * them.
	 */
	static List<Endpoint> of(RequestMappingHandlerMapping mappings, Set<RequestMethod> wanted) {
		List<Endpoint> found = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (RequestMethod method : methods.isEmpty() ? wanted : methods) {
				if (wanted.contains(method)) {
					for (String pattern : info.getPatternValues()) {
						found.add(new Endpoint(method, pattern, handler));
					}
				}
			}
		});
		found.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
		return found;
	}

}
