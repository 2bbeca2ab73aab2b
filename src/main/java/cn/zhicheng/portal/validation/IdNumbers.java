package cn.zhicheng.portal.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import cn.zhicheng.portal.validation.IdNumberCheck.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks 居民身份证号 per GB 11643-1999 (DOMAIN.md §5.1): 6-digit address code, birth date yyyyMMdd, 3-digit sequence
 * whose last digit is odd for men and even for women, and a check character by ISO 7064 MOD 11-2. Lowercase x is
 * accepted as X, a policy choice: people type it and it is unambiguous. The address code is not checked against the
 * division list, because codes of abolished divisions stay on valid cards.
 * <p>
 * A bean so "born in the future" follows the portal's clock; {@link #check(String, LocalDate)} is the same check for
 * callers without one.
 */
@Component
public final class IdNumbers {

	static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** Indexed by the weighted sum mod 11. */
	private static final String CHECK_CHARACTERS = "10X98765432";

	/** Nobody who applies for a title was born earlier; an earlier date is a typing mistake in the century. */
	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Clock clock;

	public IdNumbers(Clock clock) {
		this.clock = clock;
	}

	/** Checks against today by the portal's clock. */
	public IdNumberCheck check(@Nullable String value) {
		return check(value, LocalDate.now(clock));
	}

	/** Checks against the given day: a birth date after it is refused. */
	public static IdNumberCheck check(@Nullable String value, LocalDate today) {
		String id = Normalisation.compact(value).toUpperCase(Locale.ROOT);
		if (id.isEmpty()) {
			return IdNumberCheck.invalid(id, Problem.EMPTY);
		}
		if (id.length() != LENGTH) {
			return IdNumberCheck.invalid(id, Problem.LENGTH);
		}
		char last = id.charAt(LENGTH - 1);
		if (!Normalisation.allAsciiDigits(id, 0, LENGTH - 1) || !(Normalisation.isAsciiDigit(last) || last == 'X')) {
			return IdNumberCheck.invalid(id, Problem.CHARACTERS);
		}
		LocalDate birthDate;
		try {
			birthDate = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
		}
		catch (DateTimeParseException ex) {
			return IdNumberCheck.invalid(id, Problem.BIRTH_DATE_INVALID);
		}
		if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
			return IdNumberCheck.invalid(id, Problem.BIRTH_DATE_TOO_EARLY);
		}
		if (birthDate.isAfter(today)) {
			return IdNumberCheck.invalid(id, Problem.BIRTH_DATE_FUTURE);
		}
		if (checkCharacter(id.substring(0, LENGTH - 1)) != last) {
			return IdNumberCheck.invalid(id, Problem.CHECK_CHARACTER);
		}
		Gender gender = (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
		return IdNumberCheck.valid(id, birthDate, gender);
	}

	/**
	 * The 18th character for the first 17 digits, for building test and demo numbers.
	 * @throws IllegalArgumentException unless given exactly 17 ASCII digits
	 */
	public static char checkCharacter(CharSequence first17) {
		if (first17.length() != LENGTH - 1 || !Normalisation.allAsciiDigits(first17, 0, LENGTH - 1)) {
			throw new IllegalArgumentException("Expected 17 digits");
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

}
