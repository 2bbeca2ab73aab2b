package cn.zhicheng.portal.validation;

import java.util.Optional;

/** The outcome of checking a 统一社会信用代码: the normalised value (trimmed, upper case) and what is wrong with it. */
public record CreditCodeCheck(String value, Optional<Problem> problem) implements FormatCheck {

	static CreditCodeCheck valid(String value) {
		return new CreditCodeCheck(value, Optional.empty());
	}

	static CreditCodeCheck invalid(String value, Problem problem) {
		return new CreditCodeCheck(value, Optional.of(problem));
	}

	/** In the order they are checked: only the first one found is reported. */
	public enum Problem implements FormatProblem {

		EMPTY("validation.credit-code.empty"),

		LENGTH("validation.credit-code.length"),

		/** A character outside the code's alphabet, which leaves out I, O, Z, S and V. */
		CHARACTERS("validation.credit-code.characters"),

		/** Places 3–8 are the administrative division code and must be digits. */
		REGION("validation.credit-code.region"),

		CHECK_CHARACTER("validation.credit-code.check-character");

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
