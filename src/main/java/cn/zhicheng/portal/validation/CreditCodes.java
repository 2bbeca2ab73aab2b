package cn.zhicheng.portal.validation;

import java.util.Locale;

import cn.zhicheng.portal.validation.CreditCodeCheck.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Checks 统一社会信用代码 per GB 32100-2015 (DOMAIN.md §5.2): 18 characters from a 31-character alphabet, places 3–8 the
 * division code, place 18 a check character (weights 3^(i-1) mod 31). Lowercase letters are accepted and upper-cased.
 * Some registered codes fail the check (DOMAIN.md §5.2 caveat); whether to let a unit override is the caller's call.
 */
public final class CreditCodes {

	/** The code's alphabet; a character's value is its index. I, O, Z, S and V are left out as look-alikes. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	public static CreditCodeCheck check(@Nullable String value) {
		String code = Normalisation.compact(value).toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			return CreditCodeCheck.invalid(code, Problem.EMPTY);
		}
		if (code.length() != LENGTH) {
			return CreditCodeCheck.invalid(code, Problem.LENGTH);
		}
		if (!code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return CreditCodeCheck.invalid(code, Problem.CHARACTERS);
		}
		if (!Normalisation.allAsciiDigits(code, 2, 8)) {
			return CreditCodeCheck.invalid(code, Problem.REGION);
		}
		if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
			return CreditCodeCheck.invalid(code, Problem.CHECK_CHARACTER);
		}
		return CreditCodeCheck.valid(code);
	}

	/**
	 * The 18th character for the first 17, for building test and demo codes.
	 * @throws IllegalArgumentException unless given exactly 17 characters of the alphabet (upper case)
	 */
	public static char checkCharacter(CharSequence first17) {
		if (first17.length() != LENGTH - 1) {
			throw new IllegalArgumentException("Expected 17 characters");
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Character " + (i + 1) + " is outside the alphabet");
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

}
