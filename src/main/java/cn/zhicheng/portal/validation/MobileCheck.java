package cn.zhicheng.portal.validation;

import java.util.Optional;

/**
 * The outcome of checking a mainland mobile number: the normalised value (the 11 digits, no country code, spaces or
 * hyphens) and what is wrong with it.
 */
public record MobileCheck(String value, Optional<Problem> problem) implements FormatCheck {

	static MobileCheck valid(String value) {
		return new MobileCheck(value, Optional.empty());
	}

	static MobileCheck invalid(String value, Problem problem) {
		return new MobileCheck(value, Optional.of(problem));
	}

	/** In the order they are checked: only the first one found is reported. */
	public enum Problem implements FormatProblem {

		EMPTY("validation.mobile.empty"),

		/** Something other than digits once the country code, spaces and hyphens are gone. */
		CHARACTERS("validation.mobile.characters"),

		LENGTH("validation.mobile.length"),

		/** Not 1 followed by 3–9: a landline, or a mistyped second digit. */
		PREFIX("validation.mobile.prefix");

		private final String messageKey;

		Problem(String messageKey) {
			this.messageKey = messageKey;
		}

		@Override
		public String messageKey() {
			return messageKey;
		}

	}

}
