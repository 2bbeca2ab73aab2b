package cn.zhicheng.portal.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a valid mainland mobile number, as {@link MobileNumbers#check(String)} decides.
 * <p>
 * The message names the specific problem. Null and blank pass, so a required field adds {@code @NotBlank} and still
 * shows one message.
 */
@Documented
@Constraint(validatedBy = MobileValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidMobile {

	/** Used only if the specific problem cannot be told; the validator replaces it. */
	String message() default "{validation.mobile.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
