package cn.zhicheng.portal.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zhicheng.portal.MutableClock;
import cn.zhicheng.portal.PortalTest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The constraints through the portal's own validator: one specific message per field, in Chinese, by its clock. */
@PortalTest
class ValidationConstraintsTests {

	@Autowired
	Validator validator;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void speakChinese() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void forgetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void validValuesPass() {
		assertThat(validator.validate(new Form("11010519491231002X", "91350100M000100Y43", "+86 138 1234 5678")))
			.isEmpty();
	}

	@Test
	void aWrongCheckCharacterGetsItsOwnMessage() {
		assertThat(messages(new Form("110105194912310021", null, null)))
			.containsExactly("idNumber: 身份证号第18位校验码不正确，请核对后重新输入");
	}

	@Test
	void eachFieldSaysWhatIsWrongWithIt() {
		assertThat(messages(new Form("1101051949123100", "91350100M000100Y4A", "12812345678")))
			.containsExactlyInAnyOrder("idNumber: 身份证号应为18位，请核对后重新输入",
					"creditCode: 统一社会信用代码第18位校验码不正确，请核对后重新输入",
					"mobile: 手机号码应以1开头且第2位为3至9，请核对后重新输入");
	}

	@Test
	void aBlankRequiredFieldShowsOneMessage() {
		assertThat(messages(new Form(" ", "", " "))).containsExactly("idNumber: 请输入身份证号");
		assertThat(messages(new Form("", null, null))).containsExactly("idNumber: 请输入身份证号");
	}

	@Test
	void englishWhenTheCallerSpeaksEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(messages(new Form("11010519491231002X", "91I50100M000100Y43", null)))
			.containsExactly("creditCode: A unified social credit code has only digits and capital letters other "
					+ "than I, O, Z, S and V. Please check it and enter it again.");
	}

	@Test
	void aBirthDateIsInTheFutureByThePortalsClock() {
		Instant now = clock.instant();
		try {
			clock.set(LocalDate.of(2000, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
			String bornIn2001 = "440104200101011234".substring(0, 17);
			String id = bornIn2001 + IdNumbers.checkCharacter(bornIn2001);
			assertThat(messages(new Form(id, null, null)))
				.containsExactly("idNumber: 身份证号中的出生日期晚于今天，请核对后重新输入");
		}
		finally {
			clock.set(now);
		}
	}

	private Set<String> messages(Form form) {
		Set<ConstraintViolation<Form>> violations = validator.validate(form);
		return violations.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.collect(Collectors.toSet());
	}

	/** As a registration form would use them: the ID number is required, the others optional. */
	record Form(@NotBlank(message = "{validation.id-number.empty}") @ValidIdNumber @Nullable String idNumber,
			@ValidCreditCode @Nullable String creditCode, @ValidMobile @Nullable String mobile) {
	}

}
