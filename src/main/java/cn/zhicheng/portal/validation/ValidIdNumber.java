package cn.zhicheng.portal.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a valid 居民身份证号 (GB 11643), as {@link IdNumbers#check(String)} decides.
 * <p>
 * The message names the specific problem. Null and blank pass, so a required field adds {@code @NotBlank} and still
 * shows one message.
 */
@Documented
@Constraint(validatedBy = IdNumberValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdNumber {

	/** Used only if the specific problem cannot be told; the validator replaces it. */
	String message() default "{validation.id-number.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
