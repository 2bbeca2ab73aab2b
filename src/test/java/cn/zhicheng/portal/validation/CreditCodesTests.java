package cn.zhicheng.portal.validation;

import java.util.Random;
import java.util.stream.Stream;

import cn.zhicheng.portal.validation.CreditCodeCheck.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodesTests {

	/** GB 32100's alphabet, written out here rather than taken from the code under test. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000101623741K", "911101066976941872", "12441802MB2D10003T",
			"11441800MB2C100018" })
	void knownCodesAreValid(String code) {
		CreditCodeCheck check = CreditCodes.check(code);
		assertThat(check.valid()).isTrue();
		assertThat(check.problem()).isEmpty();
		assertThat(check.value()).isEqualTo(code);
	}

	@Test
	void aWrongCheckCharacterIsRefused() {
		assertThat(CreditCodes.check("91350100M000100Y4A").problem()).contains(Problem.CHECK_CHARACTER);
	}

	@Test
	void lowercaseAndSurroundingSpaceAreAccepted() {
		CreditCodeCheck check = CreditCodes.check(" 91110000101623741k ");
		assertThat(check.valid()).isTrue();
		assertThat(check.value()).isEqualTo("91110000101623741K");
	}

	@Test
	void emptyIsReportedAsEmpty() {
		assertThat(CreditCodes.check(null).problem()).contains(Problem.EMPTY);
		assertThat(CreditCodes.check("  ").problem()).contains(Problem.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "9135" })
	void wrongLengthIsRefused(String code) {
		assertThat(CreditCodes.check(code).problem()).contains(Problem.LENGTH);
	}

	/** I, O, Z, S and V look like 1, 0, 2, 5 and U, so the standard leaves them out. */
	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V' })
	void lettersOutsideTheAlphabetAreRefused(char letter) {
		String valid = "91350100M000100Y43";
		assertThat(CreditCodes.check(valid.substring(0, 8) + letter + valid.substring(9)).problem())
			.contains(Problem.CHARACTERS);
		assertThat(CreditCodes.check(valid.substring(0, 17) + letter).problem()).contains(Problem.CHARACTERS);
		assertThat(CreditCodes.check(letter + valid.substring(1)).problem()).contains(Problem.CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y-3", "91350100M000100Y 3", "91350100M000100Y4@" })
	void otherCharactersAreRefused(String code) {
		assertThat(CreditCodes.check(code).problem()).contains(Problem.CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91A50100M000100Y43", "913M0100M000100Y43", "9135010BM000100Y43" })
	void theDivisionCodeMustBeDigits(String code) {
		assertThat(CreditCodes.check(code).problem()).contains(Problem.REGION);
	}

	@Test
	void checkCharacterNeedsSeventeenCharactersOfTheAlphabet() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCodes.checkCharacter("91350100M000100Y"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCodes.checkCharacter("91350100M000100YI"));
		assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("generated")
	void generatedCodesAreValidAndEveryOtherCheckCharacterIsRefused(String code) {
		assertThat(CreditCodes.check(code).valid()).isTrue();
		String first17 = code.substring(0, 17);
		ALPHABET.chars()
			.filter(other -> other != code.charAt(17))
			.forEach(other -> assertThat(CreditCodes.check(first17 + (char) other).problem())
				.as("%s with check character %s", first17, (char) other)
				.contains(Problem.CHECK_CHARACTER));
	}

	@Test
	void theGeneratedCodesCoverEveryCheckCharacter() {
		assertThat(generated().map(code -> code.charAt(17)).distinct()).hasSize(ALPHABET.length());
	}

	/** 250 codes from the alphabet, with digits in places 3–8 where the division code goes. */
	static Stream<String> generated() {
		Random random = new Random(32100);
		return Stream.generate(() -> {
			StringBuilder first17 = new StringBuilder();
			for (int place = 1; place <= 17; place++) {
				boolean division = place >= 3 && place <= 8;
				first17.append(division ? (char) ('0' + random.nextInt(10))
						: ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			return first17 + String.valueOf(expectedCheckCharacter(first17));
		}).limit(250);
	}

	/**
	 * GB 32100's check computed apart from the production code: weight 3^(i-1) mod 31 for place i, and the check value
	 * is the one that makes the weighted sum plus it a multiple of 31.
	 */
	private static char expectedCheckCharacter(CharSequence first17) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		for (int c = 0; c < 31; c++) {
			if ((sum + c) % 31 == 0) {
				return ALPHABET.charAt(c);
			}
		}
		throw new AssertionError("no check value");
	}

}
