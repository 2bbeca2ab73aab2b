package cn.zhicheng.portal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Sessions live in PostgreSQL and are found by their cookie (system/session). A MockMvc test that carries a
 * {@code MockHttpSession} from request to request (instead of the cookie) has the stored session's id kept in it:
 * the session itself, its attributes and its serialization are the real store's. Requests with a cookie, and every
 * request in the browser tests, resolve by the cookie as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	private static final String ID = MockMvcSessions.class.getName() + ".id";

	/** SessionFlashMapManager's attribute. */
	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	/** With the cookie Boot would make (Boot makes none once a resolver bean exists). */
	@Bean
	HttpSessionIdResolver httpSessionIdResolver(ServerProperties server) {
		Cookie cookie = server.getServlet().getSession().getCookie();
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		PropertyMapper map = PropertyMapper.get();
		map.from(cookie::getName).to(serializer::setCookieName);
		map.from(cookie::getHttpOnly).to(serializer::setUseHttpOnlyCookie);
		map.from(cookie::getSecure).to(serializer::setUseSecureCookie);
		map.from(cookie::getSameSite).to(sameSite -> serializer.setSameSite(sameSite.attributeValue()));
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(serializer);
		return new HttpSessionIdResolver() {

			@Override
			public List<String> resolveSessionIds(HttpServletRequest request) {
				List<String> ids = cookies.resolveSessionIds(request);
				HttpSession carried = carried(request);
				return ids.isEmpty() && carried != null && carried.getAttribute(ID) instanceof String id ? List.of(id)
						: ids;
			}

			@Override
			public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
				cookies.setSessionId(request, response, sessionId);
				HttpSession carried = carried(request);
				if (carried != null) {
					carried.setAttribute(ID, sessionId);
				}
			}

			@Override
			public void expireSession(HttpServletRequest request, HttpServletResponse response) {
				cookies.expireSession(request, response);
				HttpSession carried = carried(request);
				if (carried != null) {
					carried.removeAttribute(ID);
				}
			}

		};
	}

	/**
	 * MockMvc's {@code flashAttr(...)} puts the flash map in the request's own session, under the store's wrapper:
	 * moved into the stored session, where the dispatcher looks (right after the store's filter).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> mockMvcFlashAttributes() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						HttpSession carried = carried(request);
						Object flashMaps = carried == null ? null : carried.getAttribute(FLASH_MAPS);
						if (flashMaps != null) {
							carried.removeAttribute(FLASH_MAPS);
							request.getSession().setAttribute(FLASH_MAPS, flashMaps);
						}
						chain.doFilter(request, response);
					}
				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	/** The stored session's id a {@code MockHttpSession} carries; null once the store has ended that session. */
	public static @Nullable String storedId(HttpSession carried) {
		return (String) carried.getAttribute(ID);
	}

	/** The {@code MockHttpSession} the test put on the request, under the session store's wrapper. */
	private static @Nullable HttpSession carried(HttpServletRequest request) {
		MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
		return mock == null ? null : mock.getSession(false);
	}

}
