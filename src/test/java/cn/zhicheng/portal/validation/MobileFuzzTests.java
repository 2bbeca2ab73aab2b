package cn.zhicheng.portal.validation;

import java.util.Optional;

import cn.zhicheng.portal.FuzzRuns;
import cn.zhicheng.portal.validation.MobileCheck.Problem;
import cn.zhicheng.portal.validation.Typing.Form;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link MobileNumbers} (issue #10): any text is answered with a check, never an exception; a number it
 * accepts is 1, then 3–9, then nine digits; a mobile number with a country code, spaces and hyphens as people write
 * it is accepted as its eleven digits; the constraint agrees with the checker, and masking never shows the number.
 */
class MobileFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("mobile");

	private static final String[] COUNTRY_CODES = { "", "+86", "+86 ", "0086", "0086-", "86 ", "86-" };

	@FuzzTest
	void mobile(FuzzedDataProvider data) {
		runs.run(() -> Typing.builtOrAnyText(data, MobileFuzzTests::built, MobileFuzzTests::anyText));
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	/** Eleven digits starting 1, with a country code and separators; a second digit of 0–2 is a landline's. */
	private static void built(FuzzedDataProvider data) {
		int second = data.consumeInt(0, 9);
		String number = "1" + second + Typing.digits(data, 9);
		StringBuilder written = new StringBuilder(COUNTRY_CODES[data.consumeInt(0, COUNTRY_CODES.length - 1)]);
		for (char digit : number.toCharArray()) {
			written.append(digit);
			if (data.consumeInt(0, 3) == 0) {
				written.append(data.consumeBoolean() ? ' ' : '-');
			}
		}
		MobileCheck result = MobileNumbers.check(Typing.typed(data, written.toString()));
		assertThat(result.problem()).isEqualTo(second < 3 ? Optional.of(Problem.PREFIX) : Optional.empty());
		assertThat(result.value()).isEqualTo(number);
		Typing.assertMasked(number, Masking.mobile(number), 3, 4);
	}

	private static void anyText(String text) {
		MobileCheck result = MobileNumbers.check(text);
		if (result.valid()) {
			assertThat(result.value()).matches("1[3-9][0-9]{9}");
			assertThat(MobileNumbers.check(result.value())).isEqualTo(result);
		}
		else {
			assertThat(result.messageKey()).isPresent();
		}
		assertThat(Typing.passes(new Form(null, null, text))).isEqualTo(Typing.blank(text) || result.valid());
		Typing.assertMasked(text, Masking.mobile(text), 3, 4);
	}

}
