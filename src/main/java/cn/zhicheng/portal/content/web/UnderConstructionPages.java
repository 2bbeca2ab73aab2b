package cn.zhicheng.portal.content.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Menu entries whose capability has not landed yet answer with a plain "建设中" page instead of a 404, so the menu
 * is whole from the first day. Each later issue removes its entries as it builds the real pages. Access is the
 * security chain's: the role paths below are guarded like every other page of that role.
 */
@Configuration(proxyBeanMethods = false)
class UnderConstructionPages {

	static final String VIEW = "content/under-construction";

	/** Path → message key of the page's title. */
	static final Map<String, String> PAGES = new LinkedHashMap<>();

	static {
	}

	@Bean
	RouterFunction<ServerResponse> underConstruction() {
		if (PAGES.isEmpty()) {
			// Every entry has landed; the builder refuses to build no routes.
			return request -> java.util.Optional.empty();
		}
		RouterFunctions.Builder routes = RouterFunctions.route();
		PAGES.forEach((path, titleKey) -> routes.GET(path,
				request -> ServerResponse.ok().render(VIEW, Map.of("titleKey", titleKey))));
		return routes.build();
	}

}
