package cn.zhicheng.portal.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(8, 3);

	@ParameterizedTest
	@ValueSource(strings = { "Demo#2026", "abcdEF12", "abc-1234", "ABC_defg", "密码Ab12345" })
	void acceptsEightOrMoreCharactersOfThreeClasses(String password) {
		assertThat(policy.accepts(password)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Ab1#", "Ab1#xyz", "abcdefgh", "abcd1234", "ABCD1234", "12345678!!", "        " })
	void refusesShortPasswordsAndThoseOfFewerClasses(String password) {
		assertThat(policy.accepts(password)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void refusesPasswordsLongerThanBcryptReads() {
		assertThat(policy.accepts("Aa1#" + "x".repeat(68))).isTrue();
		assertThat(policy.accepts("Aa1#" + "x".repeat(69))).isFalse();
		assertThat(policy.accepts("Aa1#" + "密".repeat(23))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefgh1234", "Abcdefghijkl" })
	void theNumbersAreConfiguration(String twoClasses) {
		assertThat(new PasswordPolicy(8, 2).accepts(twoClasses)).isTrue();
		assertThat(new PasswordPolicy(20, 2).accepts(twoClasses)).isFalse();
	}

}
