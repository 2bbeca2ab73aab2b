package cn.zhicheng.portal.system.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request the portal maps, read from the handler mappings, so the tests that walk them all (CSRF, access
 * matrix, SQL injection) cover a new page without being touched. A mapping without a method condition answers any
 * method: it is listed under each of {@code unrestricted}.
 */
record MappedEndpoints(List<Endpoint> all) {

	/** The methods that change state. */
	static final Set<RequestMethod> CHANGING = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	/**
	 * One method and path pattern of a handler, with the parameters its mapping requires ({@code by=number}) to be
	 * chosen over its siblings; {@link #path(String)} fills its path variables.
	 */
	record Endpoint(HttpMethod method, String pattern, Map<String, String> required, HandlerMethod handler) {

		/** The path with every variable set to {@code value} (encoded by the caller if it needs to be). */
		String path(String value) {
			return pattern.replaceAll("\\{[^}]*}", java.util.regex.Matcher.quoteReplacement(value));
		}

		@Override
		public String toString() {
			return method + " " + pattern + (required.isEmpty() ? "" : " " + required);
		}

	}

	static MappedEndpoints of(RequestMappingHandlerMapping mappings, Set<RequestMethod> wanted,
			Set<RequestMethod> unrestricted) {
		TreeMap<String, Endpoint> found = new TreeMap<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (RequestMethod method : methods.isEmpty() ? unrestricted : methods) {
				if (wanted.contains(method)) {
					Map<String, String> required = new TreeMap<>();
					for (NameValueExpression<String> param : info.getParamsCondition().getExpressions()) {
						if (!param.isNegated()) {
							required.put(param.getName(), param.getValue() == null ? "1" : param.getValue());
						}
					}
					for (String pattern : info.getPatternValues()) {
						Endpoint endpoint = new Endpoint(HttpMethod.valueOf(method.name()), pattern, required, handler);
						found.putIfAbsent(endpoint.toString(), endpoint);
					}
				}
			}
		});
		return new MappedEndpoints(found.values().stream().sorted(Comparator.comparing(Endpoint::toString)).toList());
	}

}
