package cn.zhicheng.portal.account.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Holds a user with an expired password on 修改密码; files the pages link to and the public API stay reachable. */
@Configuration(proxyBeanMethods = false)
class PasswordExpiryConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PasswordExpiryInterceptor())
			.excludePathPatterns(PasswordExpiryInterceptor.CHANGE_PAGE, "/error", "/css/**", "/js/**", "/images/**",
					"/fonts/**", "/webjars/**", "/favicon.ico", "/api/**");
	}

}
