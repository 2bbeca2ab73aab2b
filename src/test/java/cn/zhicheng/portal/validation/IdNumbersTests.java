package cn.zhicheng.portal.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.stream.Stream;

import cn.zhicheng.portal.validation.IdNumberCheck.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdNumbersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	private static final String CHECK_ALPHABET = "0123456789X";

	/** GB 11643's example: 1949-12-31, sequence 002 (even: female), S = 167, 167 mod 11 = 2 → X. */
	private static final String EXAMPLE = "11010519491231002X";

	@Test
	void theStandardsExampleIsValid() {
		IdNumberCheck check = IdNumbers.check(EXAMPLE, TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.problem()).isEmpty();
		assertThat(check.value()).isEqualTo(EXAMPLE);
		assertThat(check.birthDate()).contains(LocalDate.of(1949, 12, 31));
		assertThat(check.gender()).contains(Gender.FEMALE);
	}

	@Test
	void theSecondCanonicalExampleHasTheRightCheckCharacterButABirthDateBefore1900() {
		// DOMAIN.md §5.1 calls 440524188001010014 valid: its check character is, but it says born 1880-01-01.
		assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
		assertThat(IdNumbers.check("440524188001010014", TODAY).problem()).contains(Problem.BIRTH_DATE_TOO_EARLY);
	}

	@Test
	void lowercaseXAndSurroundingSpaceAreAccepted() {
		IdNumberCheck check = IdNumbers.check("  11010519491231002x\t", TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.value()).isEqualTo(EXAMPLE);
	}

	@Test
	void fullWidthCharactersFromAChineseInputMethodAreAccepted() {
		IdNumberCheck check = IdNumbers.check("\u3000１１０１０５１９４９１２３１００２ｘ", TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.value()).isEqualTo(EXAMPLE);
	}

	@Test
	void oddSequenceMeansMale() {
		String first17 = "11010519491231001";
		IdNumberCheck check = IdNumbers.check(first17 + expectedCheckCharacter(first17), TODAY);
		assertThat(check.gender()).contains(Gender.MALE);
	}

	@Test
	void theBeanChecksAgainstItsClock() {
		String bornToday = withCheckCharacter("440104" + "20260315" + "123");
		assertThat(new IdNumbers(clockAt(TODAY)).check(bornToday).valid()).isTrue();
		assertThat(new IdNumbers(clockAt(TODAY.minusDays(1))).check(bornToday).problem())
			.contains(Problem.BIRTH_DATE_FUTURE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\u3000" })
	void emptyIsReportedAsEmpty(String value) {
		assertThat(IdNumbers.check(value, TODAY).problem()).contains(Problem.EMPTY);
		assertThat(IdNumbers.check(null, TODAY).problem()).contains(Problem.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100", "11010519491231002", "11010519491231002X0", "110105491231002" })
	void wrongLengthIsRefused(String value) {
		assertThat(IdNumbers.check(value, TODAY).problem()).contains(Problem.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100AX", "X10105194912310021", "11010519491231002Y", "110105 949123100 X",
			"11010519491231002-" })
	void lettersAndOtherCharactersAreRefused(String value) {
		assertThat(IdNumbers.check(value, TODAY).problem()).contains(Problem.CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "19990230", "20230229", "19991301", "19990001", "19990100", "19990431" })
	void birthDatesThatAreNoCalendarDateAreRefused(String date) {
		assertThat(IdNumbers.check(withCheckCharacter("440104" + date + "123"), TODAY).problem())
			.contains(Problem.BIRTH_DATE_INVALID);
	}

	@Test
	void theTwentyNinthOfFebruaryOfALeapYearIsADate() {
		assertThat(IdNumbers.check(withCheckCharacter("440104" + "20000229" + "123"), TODAY).valid()).isTrue();
	}

	@Test
	void aBirthDateAfterTodayIsRefused() {
		assertThat(IdNumbers.check(withCheckCharacter("440104" + "20260316" + "123"), TODAY).problem())
			.contains(Problem.BIRTH_DATE_FUTURE);
	}

	@Test
	void aBirthDateBefore1900IsRefused() {
		assertThat(IdNumbers.check(withCheckCharacter("440104" + "18991231" + "123"), TODAY).problem())
			.contains(Problem.BIRTH_DATE_TOO_EARLY);
		assertThat(IdNumbers.check(withCheckCharacter("440104" + "19000101" + "123"), TODAY).valid()).isTrue();
	}

	@Test
	void checkCharacterNeedsSeventeenDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> IdNumbers.checkCharacter("1101051949123100"));
		assertThatIllegalArgumentException().isThrownBy(() -> IdNumbers.checkCharacter("1101051949123100A"));
	}

	@ParameterizedTest(name = "[{index}] born {1}, {2}")
	@MethodSource("generated")
	void generatedNumbersAreValidAndEveryOtherCheckCharacterIsRefused(String id, LocalDate birthDate, Gender gender) {
		IdNumberCheck check = IdNumbers.check(id, TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.birthDate()).contains(birthDate);
		assertThat(check.gender()).contains(gender);
		String first17 = id.substring(0, 17);
		CHECK_ALPHABET.chars()
			.filter(other -> other != id.charAt(17))
			.forEach(other -> assertThat(IdNumbers.check(first17 + (char) other, TODAY).problem())
				.as("%s with check character %s", first17, (char) other)
				.contains(Problem.CHECK_CHARACTER));
	}

	@Test
	void theGeneratedNumbersCoverBothGendersAndTheCheckCharacterX() {
		assertThat(generated().map(arguments -> (String) arguments.get()[0])).hasSizeGreaterThanOrEqualTo(200)
			.anyMatch(id -> id.endsWith("X"))
			.anyMatch(id -> (id.charAt(16) - '0') % 2 == 0)
			.anyMatch(id -> (id.charAt(16) - '0') % 2 == 1);
	}

	/** 250 numbers: random address code, real birth date between 1900-01-01 and today, random sequence. */
	static Stream<Arguments> generated() {
		Random random = new Random(11643);
		long first = IdNumbers.EARLIEST_BIRTH_DATE.toEpochDay();
		long days = TODAY.toEpochDay() - first + 1;
		return Stream.generate(() -> {
			String region = String.valueOf(100000 + random.nextInt(900000));
			LocalDate birthDate = LocalDate.ofEpochDay(first + random.nextLong(days));
			int sequence = random.nextInt(1000);
			String first17 = region + String.format("%04d%02d%02d%03d", birthDate.getYear(),
					birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
			Gender gender = sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE;
			return Arguments.of(first17 + expectedCheckCharacter(first17), birthDate, gender);
		}).limit(250);
	}

	private static String withCheckCharacter(String first17) {
		return first17 + expectedCheckCharacter(first17);
	}

	/**
	 * ISO 7064 MOD 11-2 computed apart from the production code: weight 2^(17-i) mod 11 for the digit at index i, and
	 * the check value c is the one that makes the weighted sum plus c ≡ 1 (mod 11), with 10 written X.
	 */
	private static char expectedCheckCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = 1;
			for (int power = 0; power < 17 - i; power++) {
				weight = weight * 2 % 11;
			}
			sum += Character.digit(first17.charAt(i), 10) * weight;
		}
		for (int c = 0; c <= 10; c++) {
			if ((sum + c) % 11 == 1) {
				return CHECK_ALPHABET.charAt(c);
			}
		}
		throw new AssertionError("no check value");
	}

	private static Clock clockAt(LocalDate day) {
		ZoneId china = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(day.atTime(12, 0).atZone(china).toInstant(), china);
	}

}
