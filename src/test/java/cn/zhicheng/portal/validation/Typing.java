package cn.zhicheng.portal.validation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the validator fuzz targets share: a number as a person may type it (full-width digits from a Chinese input
 * method, lower case, blanks around it), and the constraints through Bean Validation, so each target also checks
 * that its annotation agrees with its checker.
 */
final class Typing {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String BLANKS = " \t\u3000";

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private Typing() {
	}

	/** Half the inputs a well-formed value as typed, half any text at all: the fuzzer's first choice decides. */
	static void builtOrAnyText(FuzzedDataProvider data, Consumer<FuzzedDataProvider> built, Consumer<String> anyText) {
		if (data.consumeBoolean()) {
			built.accept(data);
		}
		else {
			anyText.accept(data.consumeRemainingAsString());
		}
	}

	/** Today in China, as the constraint's own validator sees it. */
	static LocalDate today() {
		return LocalDate.now(CHINA);
	}

	/** {@code value} as typed: each of the fuzzer's choices keeps it the same number once normalised. */
	static String typed(FuzzedDataProvider data, String value) {
		String typed = value;
		if (data.consumeBoolean()) {
			typed = fullWidth(typed);
		}
		if (data.consumeBoolean()) {
			typed = typed.toLowerCase(java.util.Locale.ROOT);
		}
		return blanks(data) + typed + blanks(data);
	}

	/** Digits of the given length from the fuzzer's bytes. */
	static String digits(FuzzedDataProvider data, int length) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < length; i++) {
			digits.append((char) ('0' + data.consumeInt(0, 9)));
		}
		return digits.toString();
	}

	/** Whether the constraints pass on these values, through the default Bean Validation factory. */
	static boolean passes(Form form) {
		return VALIDATOR.validate(form).isEmpty();
	}

	/** Whether a checker would read nothing at all: the constraints leave that to {@code @NotBlank}. */
	static boolean blank(String value) {
		return Normalisation.compact(value).isEmpty();
	}

	/**
	 * A masked value has the value's length and shows at most {@code head} leading and {@code tail} trailing
	 * characters of it, never all of it: everything between, and the whole of a value too short for both, is starred.
	 */
	static void assertMasked(String value, String masked, int head, int tail) {
		StringBuilder expected = new StringBuilder();
		boolean whole = value.length() <= head + tail;
		for (int i = 0; i < value.length(); i++) {
			boolean shown = !whole && (i < head || i >= value.length() - tail);
			expected.append(shown ? value.charAt(i) : '*');
		}
		assertThat(masked).isEqualTo(expected.toString());
	}

	record Form(@ValidIdNumber @Nullable String idNumber, @ValidCreditCode @Nullable String creditCode,
			@ValidMobile @Nullable String mobile) {
	}

	private static String blanks(FuzzedDataProvider data) {
		return String.valueOf(BLANKS.charAt(data.consumeInt(0, BLANKS.length() - 1))).repeat(data.consumeInt(0, 2));
	}

	private static String fullWidth(String value) {
		StringBuilder wide = new StringBuilder();
		value.chars().forEach(c -> wide.append((char) (c > ' ' && c < 0x7F ? c + 0xFEE0 : c)));
		return wide.toString();
	}

}
