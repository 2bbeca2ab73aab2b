package cn.zhicheng.portal.system.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The JSON API's description at /v3/api-docs and /swagger-ui.html; only /api/** is documented. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI portalOpenApi() {
		return new OpenAPI().info(new Info().title("职称申报平台 API / Title portal API")
			.version("v1")
			.description("广东省专业技术人才职称申报平台的公开与业务接口。Public and business endpoints of the portal."));
	}

}
