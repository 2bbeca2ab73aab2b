package cn.zhicheng.portal.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void anIdNumberKeepsItsFirstSixAndLastFourCharacters() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
	}

	@Test
	void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
		assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void nothingGivesNothing() {
		assertThat(Masking.idNumber(null)).isEmpty();
		assertThat(Masking.idNumber("")).isEmpty();
		assertThat(Masking.mobile(null)).isEmpty();
		assertThat(Masking.mobile("")).isEmpty();
	}

	@Test
	void aValueTooShortToKeepBothEndsIsMaskedWhole() {
		assertThat(Masking.idNumber("1101051949")).isEqualTo("**********");
		assertThat(Masking.mobile("1381234")).isEqualTo("*******");
	}

	@Test
	void aValueJustLongEnoughMasksOneCharacter() {
		assertThat(Masking.idNumber("11010519491")).isEqualTo("110105*9491");
		assertThat(Masking.mobile("13812345")).isEqualTo("138*2345");
	}

}
