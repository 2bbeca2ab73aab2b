package cn.zhicheng.portal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidMobile} with {@link MobileNumbers}. */
public final class MobileValidator implements ConstraintValidator<ValidMobile, CharSequence> {

	@Override
	public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
		return ConstraintReport.isValid(value, MobileNumbers::check, context);
	}

}
