package cn.zhicheng.portal.validation;

import java.util.Locale;

import cn.zhicheng.portal.FuzzRuns;
import cn.zhicheng.portal.validation.CreditCodeCheck.Problem;
import cn.zhicheng.portal.validation.Typing.Form;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link CreditCodes} (issue #10): any text is answered with a check, never an exception; a code it accepts
 * is 18 characters of GB 32100's alphabet with a division code and the right check character; a well-formed code as
 * a person types it is accepted unless its check character is wrong; the constraint agrees with the checker.
 */
class CreditCodeFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("credit-code");

	@FuzzTest
	void creditCode(FuzzedDataProvider data) {
		runs.run(() -> Typing.builtOrAnyText(data, CreditCodeFuzzTests::built, CreditCodeFuzzTests::anyText));
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	/** Two characters of the alphabet, the six-digit division, nine more characters, then the check character. */
	private static void built(FuzzedDataProvider data) {
		String first17 = alphabet(data, 2) + Typing.digits(data, 6) + alphabet(data, 9);
		char check = CreditCodes.checkCharacter(first17);
		boolean wrongCheck = data.consumeBoolean();
		int at = CreditCodes.ALPHABET.indexOf(check);
		char last = wrongCheck ? CreditCodes.ALPHABET.charAt((at + data.consumeInt(1, 30)) % 31) : check;
		String code = first17 + last;
		CreditCodeCheck result = CreditCodes.check(Typing.typed(data, code));
		assertThat(result.problem()).isEqualTo(wrongCheck ? java.util.Optional.of(Problem.CHECK_CHARACTER)
				: java.util.Optional.empty());
		assertThat(result.value()).isEqualTo(code);
	}

	private static void anyText(String text) {
		CreditCodeCheck result = CreditCodes.check(text);
		assertThat(result.value()).isEqualTo(Normalisation.compact(text).toUpperCase(Locale.ROOT));
		if (result.valid()) {
			String code = result.value();
			assertThat(code).hasSize(18).matches("[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}");
			assertThat(code.charAt(17)).isEqualTo(CreditCodes.checkCharacter(code.substring(0, 17)));
			assertThat(CreditCodes.check(code)).isEqualTo(result);
		}
		else {
			assertThat(result.messageKey()).isPresent();
		}
		assertThat(Typing.passes(new Form(null, text, null))).isEqualTo(Typing.blank(text) || result.valid());
	}

	private static String alphabet(FuzzedDataProvider data, int length) {
		StringBuilder characters = new StringBuilder();
		for (int i = 0; i < length; i++) {
			characters.append(CreditCodes.ALPHABET.charAt(data.consumeInt(0, CreditCodes.ALPHABET.length() - 1)));
		}
		return characters.toString();
	}

}
