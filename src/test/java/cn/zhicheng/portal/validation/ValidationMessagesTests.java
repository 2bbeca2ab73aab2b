package cn.zhicheng.portal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem and word the module names has a Chinese text and a different English one. */
class ValidationMessagesTests {

	private static final Properties CHINESE = load("i18n/validation_zh_CN.properties");

	private static final Properties ENGLISH = load("i18n/validation.properties");

	static Stream<String> keys() {
		Stream<FormatProblem> problems = Stream.of(IdNumberCheck.Problem.values(), CreditCodeCheck.Problem.values(),
				MobileCheck.Problem.values())
			.flatMap(Stream::of);
		Stream<String> constraintsAndAnswers = Stream.of("id-number", "credit-code", "mobile")
			.flatMap(kind -> Stream.of("validation." + kind + ".invalid", "validation." + kind + ".valid"));
		return Stream.of(problems.map(FormatProblem::messageKey), constraintsAndAnswers,
				Stream.of(Gender.values()).map(Gender::messageKey))
			.flatMap(keys -> keys);
	}

	@ParameterizedTest
	@MethodSource("keys")
	void existsInChineseAndEnglish(String key) {
		assertThat(key).startsWith("validation.");
		assertThat(CHINESE.getProperty(key)).as("Chinese %s", key).isNotBlank().isNotEqualTo(ENGLISH.getProperty(key));
		assertThat(ENGLISH.getProperty(key)).as("English %s", key).isNotBlank();
	}

	@ParameterizedTest
	@MethodSource("keys")
	void constraintMessagesHoldNothingTheInterpolatorWouldReplace(String key) {
		if (!key.endsWith(".valid")) {
			// Hibernate Validator reads {..} and ${..} in a resolved message as parameters and expressions.
			assertThat(CHINESE.getProperty(key)).doesNotContain("{", "}", "$", "\\");
			assertThat(ENGLISH.getProperty(key)).doesNotContain("{", "}", "$", "\\");
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = ValidationMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
