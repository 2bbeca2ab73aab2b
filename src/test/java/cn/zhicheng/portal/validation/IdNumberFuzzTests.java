package cn.zhicheng.portal.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import cn.zhicheng.portal.FuzzRuns;
import cn.zhicheng.portal.validation.IdNumberCheck.Problem;
import cn.zhicheng.portal.validation.Typing.Form;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link IdNumbers} (issue #10): any text is answered with a check, never an exception; a number it accepts
 * has GB 11643's check character and a birth date in range; a well-formed number as a person types it is accepted
 * with the right problem or none; the constraint agrees with the checker, and masking never shows the number.
 */
class IdNumberFuzzTests {

	private static final FuzzRuns runs = new FuzzRuns("id-number");

	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	@FuzzTest
	void idNumber(FuzzedDataProvider data) {
		runs.run(() -> {
			LocalDate today = Typing.today();
			Typing.builtOrAnyText(data, input -> built(input, today), text -> anyText(text, today));
		});
	}

	@AfterAll
	static void report() {
		runs.print();
	}

	/** A number made the way GB 11643 says, maybe with a wrong check character, typed as a person would. */
	private static void built(FuzzedDataProvider data, LocalDate today) {
		LocalDate born = LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1850, 1, 1).toEpochDay(),
				LocalDate.of(2100, 12, 31).toEpochDay()));
		String first17 = Typing.digits(data, 6) + born.format(BASIC) + Typing.digits(data, 3);
		char check = IdNumbers.checkCharacter(first17);
		boolean wrongCheck = data.consumeBoolean();
		char last = wrongCheck ? "0123456789X".charAt((("0123456789X".indexOf(check)) + data.consumeInt(1, 10)) % 11)
				: check;
		String id = first17 + last;
		IdNumberCheck result = IdNumbers.check(Typing.typed(data, id), today);
		Optional<Problem> expected = born.isBefore(IdNumbers.EARLIEST_BIRTH_DATE) ? Optional.of(Problem.BIRTH_DATE_TOO_EARLY)
				: born.isAfter(today) ? Optional.of(Problem.BIRTH_DATE_FUTURE)
						: wrongCheck ? Optional.of(Problem.CHECK_CHARACTER) : Optional.empty();
		assertThat(result.problem()).isEqualTo(expected);
		assertThat(result.value()).isEqualTo(id);
		if (result.valid()) {
			assertThat(result.birthDate()).contains(born);
			assertThat(result.gender()).contains((id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
		}
		Typing.assertMasked(id, Masking.idNumber(id), 6, 4);
	}

	private static void anyText(String text, LocalDate today) {
		IdNumberCheck result = IdNumbers.check(text, today);
		assertThat(result.value()).isEqualTo(Normalisation.compact(text).toUpperCase(Locale.ROOT));
		assertThat(result.valid()).isEqualTo(result.birthDate().isPresent()).isEqualTo(result.gender().isPresent());
		if (result.valid()) {
			String id = result.value();
			assertThat(id).matches("[0-9]{17}[0-9X]");
			assertThat(id.charAt(17)).isEqualTo(IdNumbers.checkCharacter(id.substring(0, 17)));
			LocalDate born = LocalDate.parse(id.substring(6, 14), BASIC);
			assertThat(result.birthDate()).contains(born);
			assertThat(born).isAfterOrEqualTo(IdNumbers.EARLIEST_BIRTH_DATE).isBeforeOrEqualTo(today);
			// The value to store checks as the same number.
			assertThat(IdNumbers.check(id, today)).isEqualTo(result);
		}
		else {
			assertThat(result.messageKey()).isPresent();
		}
		assertThat(Typing.passes(new Form(text, null, null))).isEqualTo(Typing.blank(text) || result.valid());
		Typing.assertMasked(text, Masking.idNumber(text), 6, 4);
	}

}
