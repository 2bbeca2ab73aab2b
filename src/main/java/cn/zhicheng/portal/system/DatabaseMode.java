package cn.zhicheng.portal.system;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the portal runs on the PostgreSQL it starts itself or on a server it was given. The one place that
 * decides it: no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}) means embedded.
 */
public enum DatabaseMode {

	EMBEDDED, EXTERNAL;

	public static DatabaseMode of(Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.datasource.url")) ? EXTERNAL : EMBEDDED;
	}

}
