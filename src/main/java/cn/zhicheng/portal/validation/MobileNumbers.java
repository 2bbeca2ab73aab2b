package cn.zhicheng.portal.validation;

import java.util.regex.Pattern;

import cn.zhicheng.portal.validation.MobileCheck.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Checks mainland mobile numbers (DOMAIN.md §5.3): after an optional +86, 0086 or "86-" country code and any spaces or
 * hyphens, 1, then 3–9, then 9 more digits. Carrier prefixes are deliberately not whitelisted: new ones (16x, 19x)
 * keep appearing.
 */
public final class MobileNumbers {

	static final int LENGTH = 11;

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

	private static final Pattern COUNTRY_CODE = Pattern.compile("^(?:\\+86|0086|86(?=[\\s-]))");

	private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

	private MobileNumbers() {
	}

	public static MobileCheck check(@Nullable String value) {
		String compact = Normalisation.compact(value);
		if (compact.isEmpty()) {
			return MobileCheck.invalid(compact, Problem.EMPTY);
		}
		String number = SEPARATORS.matcher(COUNTRY_CODE.matcher(compact).replaceFirst("")).replaceAll("");
		if (!Normalisation.allAsciiDigits(number, 0, number.length())) {
			return MobileCheck.invalid(number, Problem.CHARACTERS);
		}
		if (number.length() != LENGTH) {
			return MobileCheck.invalid(number, Problem.LENGTH);
		}
		if (!MOBILE.matcher(number).matches()) {
			return MobileCheck.invalid(number, Problem.PREFIX);
		}
		return MobileCheck.valid(number);
	}

}
