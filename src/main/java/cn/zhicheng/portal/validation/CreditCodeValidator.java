package cn.zhicheng.portal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidCreditCode} with {@link CreditCodes}. */
public final class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {

	@Override
	public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
		return ConstraintReport.isValid(value, CreditCodes::check, context);
	}

}
