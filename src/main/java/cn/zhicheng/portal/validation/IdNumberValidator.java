package cn.zhicheng.portal.validation;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;

/** Validates {@link ValidIdNumber} with {@link IdNumbers}. */
public final class IdNumberValidator implements ConstraintValidator<ValidIdNumber, CharSequence> {

	/** The portal's zone (portal.time-zone): "today" for a birth date is a date in China. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final IdNumbers idNumbers;

	/**
	 * For a validator factory that is not Spring's (Hibernate's own one, validating entities on persist), which can
	 * only call a public no-argument constructor: the system clock.
	 */
	public IdNumberValidator() {
		this(new IdNumbers(Clock.system(CHINA)));
	}

	/** Spring's validator factory uses this one, so the check follows the portal's clock. */
	@Autowired
	IdNumberValidator(IdNumbers idNumbers) {
		this.idNumbers = idNumbers;
	}

	@Override
	public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
		return ConstraintReport.isValid(value, idNumbers::check, context);
	}

}
