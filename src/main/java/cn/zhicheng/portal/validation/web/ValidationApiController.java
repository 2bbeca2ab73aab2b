package cn.zhicheng.portal.validation.web;

import java.util.Locale;

import cn.zhicheng.portal.validation.CreditCodes;
import cn.zhicheng.portal.validation.FormatCheck;
import cn.zhicheng.portal.validation.IdNumberCheck;
import cn.zhicheng.portal.validation.IdNumbers;
import cn.zhicheng.portal.validation.MobileNumbers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live checks for forms (static/js/live-validation.js), public so registration can use them before an account exists.
 * A missing value is answered like an empty one rather than with a 400, so the script needs one code path. Values are
 * neither logged nor echoed: an ID or mobile number is personal information (PIPL). They are posted, never put in an
 * address: a query string is written to access logs (the dispatcher's debug log wrote the full number of every live
 * check, issue #10) and kept by proxies and browser histories. The script sends the page's CSRF token along.
 */
@RestController
@RequestMapping("/api/v1/validation")
@Tag(name = "validation", description = "身份证号、统一社会信用代码、手机号码的格式校验 format checks")
class ValidationApiController {

	private final IdNumbers idNumbers;

	private final MessageSource messages;

	ValidationApiController(IdNumbers idNumbers, MessageSource messages) {
		this.idNumbers = idNumbers;
		this.messages = messages;
	}

	@PostMapping("/id-number")
	@Operation(summary = "Checks a 居民身份证号 (GB 11643): length, characters, birth date and check character")
	ValidationResult idNumber(@Parameter(description = "the ID number; lowercase x is accepted",
			example = "11010519491231002X") @RequestParam(required = false) @Nullable String value, Locale locale) {
		IdNumberCheck check = idNumbers.check(value);
		if (!check.valid()) {
			return problem(check, locale);
		}
		String gender = messages.getMessage(check.gender().orElseThrow().messageKey(), null, locale);
		Object[] details = { check.birthDate().orElseThrow().toString(), gender };
		return new ValidationResult(true, messages.getMessage("validation.id-number.valid", details, locale));
	}

	@PostMapping("/credit-code")
	@Operation(summary = "Checks a 统一社会信用代码 (GB 32100): alphabet, division code and check character")
	ValidationResult creditCode(@Parameter(description = "the credit code; lowercase letters are accepted",
			example = "91350100M000100Y43") @RequestParam(required = false) @Nullable String value, Locale locale) {
		return answer(CreditCodes.check(value), "validation.credit-code.valid", locale);
	}

	@PostMapping("/mobile")
	@Operation(summary = "Checks a mainland mobile number; +86 or 0086, spaces and hyphens are allowed")
	ValidationResult mobile(@Parameter(description = "the mobile number", example = "138 1234 5678") @RequestParam(
			required = false) @Nullable String value, Locale locale) {
		return answer(MobileNumbers.check(value), "validation.mobile.valid", locale);
	}

	private ValidationResult answer(FormatCheck check, String validKey, Locale locale) {
		return check.valid() ? new ValidationResult(true, messages.getMessage(validKey, null, locale))
				: problem(check, locale);
	}

	private ValidationResult problem(FormatCheck check, Locale locale) {
		return new ValidationResult(false, messages.getMessage(check.messageKey().orElseThrow(), null, locale));
	}

}
