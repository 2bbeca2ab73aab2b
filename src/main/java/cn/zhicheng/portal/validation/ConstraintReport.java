package cn.zhicheng.portal.validation;

import java.util.function.Function;

import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** What the three constraint validators share: blank passes, and a failure reports its specific problem. */
final class ConstraintReport {

	private ConstraintReport() {
	}

	static boolean isValid(@Nullable CharSequence value, Function<String, ? extends FormatCheck> checker,
			ConstraintValidatorContext context) {
		// Blank is @NotBlank's to report; reporting it here too would show two messages on a required field.
		if (value == null || Normalisation.compact(value.toString()).isEmpty()) {
			return true;
		}
		FormatCheck check = checker.apply(value.toString());
		if (check.valid()) {
			return true;
		}
		String key = check.messageKey().orElseThrow();
		context.disableDefaultConstraintViolation();
		// A template, not text: the interpolator resolves {key} from Spring's MessageSource in the caller's locale.
		context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
		return false;
	}

}
