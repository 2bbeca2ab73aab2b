package cn.zhicheng.portal.eligibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What the engine decides from (issue 5 part 4). {@code reviewYear} is the 评审年度, stored explicitly rather than
 * derived from the submission date, because applications for a 年度 arrive in the following January–March (DOMAIN.md
 * §2.3). Fields are nullable so that Bean Validation, not a null pointer, names what is missing.
 */
@EligibilityRequest.Consistent
public record EligibilityRequest(@NotNull ApplicationType applicationType,
		@Schema(description = "职称系列; ENGINEERING when omitted") @Nullable Series series, @NotNull Level targetLevel,
		@Schema(description = "评审年度 (evaluation); its cut-off is 31 December of that year", example = "2025") @Min(
				1990) @Max(2100) @Nullable Integer reviewYear,
		@Schema(description = "date of assessment (initial recognition); today when omitted",
				example = "2025-08-01") @PlausibleDate @Nullable LocalDate asOf,
		@NotNull @Valid @Nullable Education education,
		@Schema(example = "2019-07-15") @NotNull @PlausibleDate @Nullable LocalDate workStartedOn,
		@Valid @Nullable CurrentTitle currentTitle) {

	public Series seriesOrDefault() {
		return series == null ? Series.ENGINEERING : series;
	}

	/** 学历: {@code engineeringProfessionalDegree} is 工程类硕士/博士专业学位, which shortens some rows of §2.2. */
	public record Education(@NotNull @Nullable EducationLevel level, @NotNull @Nullable Boolean fullTime,
			@PlausibleDate @Nullable LocalDate graduatedOn, @Nullable Boolean engineeringProfessionalDegree) {

		public boolean engineeringDegree() {
			return Boolean.TRUE.equals(engineeringProfessionalDegree);
		}

	}

	/** 现职称: {@code evaluationYear} is its 评审年度, required when it was obtained by 评审 (DOMAIN.md §2.3). */
	public record CurrentTitle(@NotNull @Nullable Level level, @NotNull @Nullable ObtainedBy obtainedBy,
			@NotNull @PlausibleDate @Nullable LocalDate obtainedOn,
			@Min(1980) @Max(2100) @Nullable Integer evaluationYear) {
	}

	/**
	 * A date from 1900 to 2100, the years the rules can be about. JSON dates may run to year ±999,999,999, and the
	 * engine counts years and days from them: found by fuzzing (issue #10), such a date overflowed that counting into a
	 * 500. Null passes; {@code @NotNull} says when a date is required.
	 */
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = PlausibleDateValidator.class)
	public @interface PlausibleDate {

		String message() default "must be from 1900-01-01 to 2100-12-31";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	public static class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

		private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

		private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

		@Override
		public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
			return date == null || !date.isBefore(FIRST) && !date.isAfter(LAST);
		}

	}

	/**
	 * Cross-field rules: an evaluation needs its 评审年度, and a title obtained by 评审 needs its own, since §2.3 counts
	 * from the 年度 and not from the certificate date. Each violation names the field, not the record.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = ConsistentValidator.class)
	public @interface Consistent {

		String message() default "must not be null";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	public static class ConsistentValidator implements ConstraintValidator<Consistent, EligibilityRequest> {

		@Override
		public boolean isValid(@Nullable EligibilityRequest request, ConstraintValidatorContext context) {
			if (request == null) {
				return true;
			}
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			if (request.applicationType() == ApplicationType.EVALUATION && request.reviewYear() == null) {
				context.buildConstraintViolationWithTemplate("must not be null")
					.addPropertyNode("reviewYear")
					.addConstraintViolation();
				valid = false;
			}
			CurrentTitle title = request.currentTitle();
			if (title != null && title.obtainedBy() == ObtainedBy.EVALUATION && title.evaluationYear() == null) {
				context.buildConstraintViolationWithTemplate("must not be null")
					.addPropertyNode("currentTitle")
					.addPropertyNode("evaluationYear")
					.addConstraintViolation();
				valid = false;
			}
			return valid;
		}

	}

}
