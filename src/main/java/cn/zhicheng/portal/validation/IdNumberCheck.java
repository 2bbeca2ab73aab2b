package cn.zhicheng.portal.validation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The outcome of checking a 居民身份证号: the normalised value (trimmed, lowercase x as X), what is wrong with it, and
 * for a valid one the birth date and gender it encodes.
 */
public record IdNumberCheck(String value, Optional<Problem> problem, Optional<LocalDate> birthDate,
		Optional<Gender> gender) implements FormatCheck {

	static IdNumberCheck valid(String value, LocalDate birthDate, Gender gender) {
		return new IdNumberCheck(value, Optional.empty(), Optional.of(birthDate), Optional.of(gender));
	}

	static IdNumberCheck invalid(String value, Problem problem) {
		return new IdNumberCheck(value, Optional.of(problem), Optional.empty(), Optional.empty());
	}

	/** In the order they are checked: only the first one found is reported. */
	public enum Problem implements FormatProblem {

		EMPTY("validation.id-number.empty"),

		LENGTH("validation.id-number.length"),

		/** Something other than a digit in the first 17 places, or other than a digit or X in the 18th. */
		CHARACTERS("validation.id-number.characters"),

		/** Places 7–14 are no calendar date (19990230). */
		BIRTH_DATE_INVALID("validation.id-number.birth-date-invalid"),

		BIRTH_DATE_TOO_EARLY("validation.id-number.birth-date-too-early"),

		BIRTH_DATE_FUTURE("validation.id-number.birth-date-future"),

		CHECK_CHARACTER("validation.id-number.check-character");

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
