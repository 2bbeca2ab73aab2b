package cn.zhicheng.portal.validation;

import java.util.Optional;

/**
 * What a checker found out about one value. Shared by every kind of number so the API and the constraints treat them
 * alike.
 */
public interface FormatCheck {

	/** The value as the checker read it (trimmed, upper-cased, prefixes stripped): what to store when valid. */
	String value();

	/** Empty exactly when the value is valid. */
	Optional<? extends FormatProblem> problem();

	default boolean valid() {
		return problem().isEmpty();
	}

	default Optional<String> messageKey() {
		return problem().map(FormatProblem::messageKey);
	}

}
