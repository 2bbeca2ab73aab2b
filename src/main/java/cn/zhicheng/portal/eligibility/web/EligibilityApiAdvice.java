package cn.zhicheng.portal.eligibility.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457) for the eligibility API: every missing or malformed field is named in an {@code errors}
 * array, so that the form can show each beside its field, in the reader's language.
 */
@RestControllerAdvice(assignableTypes = EligibilityApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EligibilityApiAdvice {

	private final MessageSource messages;

	EligibilityApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, Locale locale) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.sorted(Comparator.comparing(FieldError::getField))
			.map(error -> Map.of("field", error.getField(), "message", fieldMessage(error, locale)))
			.toList();
		String fields = errors.stream().map(error -> error.get("field")).distinct().collect(Collectors.joining(", "));
		ProblemDetail problem = problem("eligibility.api.invalid", locale, fields);
		problem.setProperty("errors", errors);
		return answer(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		String field = field(ex);
		if (field == null) {
			return answer(problem("eligibility.api.unreadable", locale));
		}
		ProblemDetail problem = problem("eligibility.api.malformed", locale, field);
		problem.setProperty("errors", List.of(Map.of("field", field, "message",
				messages.getMessage("eligibility.api.field.malformed", null, locale))));
		return answer(problem);
	}

	private String fieldMessage(FieldError error, Locale locale) {
		String key = "eligibility.api.field." + error.getCode();
		return messages.getMessage(key, error.getArguments(), Objects.requireNonNullElse(error.getDefaultMessage(), key),
				locale);
	}

	/** The dotted path Jackson reports for a bad value, e.g. {@code workStartedOn} or {@code currentTitle.level}. */
	private static @Nullable String field(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof DatabindException)) {
			cause = cause.getCause();
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String path = databind.getPath()
				.stream()
				.map(JacksonException.Reference::getPropertyName)
				.filter(Objects::nonNull)
				.collect(Collectors.joining("."));
			return path.isEmpty() ? null : path;
		}
		return null;
	}

	private ProblemDetail problem(String key, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(key, args, locale));
		problem.setTitle(messages.getMessage("eligibility.api.title", null, locale));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
