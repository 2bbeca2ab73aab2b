package cn.zhicheng.portal.validation;

import cn.zhicheng.portal.validation.MobileCheck.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MobileNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "+8613812345678", "008613812345678", "86-13812345678", "+86 138 1234 5678",
			"138-1234-5678", " 138 1234 5678 ", "+86-138-1234-5678", "０086 １３８１２３４５６７８" })
	void aMobileNumberIsValidWithOrWithoutCountryCodeSpacesAndHyphens(String value) {
		MobileCheck check = MobileNumbers.check(value);
		assertThat(check.valid()).isTrue();
		assertThat(check.value()).isEqualTo("13812345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "13012345678", "14512345678", "16612345678", "17712345678", "19912345678" })
	void everySecondDigitFromThreeToNineIsAccepted(String value) {
		assertThat(MobileNumbers.check(value).valid()).isTrue();
	}

	@Test
	void emptyIsReportedAsEmpty() {
		assertThat(MobileNumbers.check(null).problem()).contains(Problem.EMPTY);
		assertThat(MobileNumbers.check(" ").problem()).contains(Problem.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "138123456789", "1381234567", "+86", "8613812345678" })
	void elevenDigitsAreNeeded(String value) {
		assertThat(MobileNumbers.check(value).problem()).contains(Problem.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12812345678", "11812345678", "10812345678", "23812345678", "02012345678" })
	void aNumberMustStartWithOneAndThreeToNine(String value) {
		assertThat(MobileNumbers.check(value).problem()).contains(Problem.PREFIX);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1381234567a", "138 1234 567O", "phone", "(138)12345678", "+85213812345678" })
	void lettersAndOtherSignsAreRefused(String value) {
		assertThat(MobileNumbers.check(value).problem()).contains(Problem.CHARACTERS);
	}

}
