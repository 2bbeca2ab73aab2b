package cn.zhicheng.portal.application.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Numbers of the application capability: the application number's prefix (the number is prefix + 评审年度 + a
 * six-digit serial, e.g. SB2025000123) and how many applications 我的业务 lists.
 */
@ConfigurationProperties("portal.application")
public record ApplicationPolicy(@DefaultValue("SB") String numberPrefix, @DefaultValue("50") int listLimit) {

	String number(int reviewYear, long serial) {
		return "%s%d%06d".formatted(numberPrefix, reviewYear, serial);
	}

}
