package cn.zhicheng.portal.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * Benchmark support (issue #9), only in profile {@code bench}: takes {@code /bench/baseline/**} out of the security
 * filter chain entirely, so each baseline measures its SQL and nothing else (see {@link BcryptBaseline}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchSecurityBaseline {

	static final String BASELINES = "/bench/baseline/**";

	@Bean
	WebSecurityCustomizer benchBaselinesOutsideSecurity() {
		return web -> web.ignoring().requestMatchers(BASELINES);
	}

}
