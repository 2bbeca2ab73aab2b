package cn.zhicheng.portal.calendar.web;

import java.util.Locale;

import cn.zhicheng.portal.calendar.YearNotLoadedException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem details (RFC 9457) for the calendar API, with the reason in the reader's language (Chinese by default):
 * the caller is often a person checking a 公示 date, not only a program.
 */
@RestControllerAdvice(assignableTypes = CalendarApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarApiAdvice {

	private final MessageSource messages;

	CalendarApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> yearNotLoaded(YearNotLoadedException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "calendar.api.year-not-loaded", locale,
				String.valueOf(ex.year()));
		problem.setProperty("year", ex.year());
		return answer(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException ex, Locale locale) {
		return answer(problem(HttpStatus.BAD_REQUEST, "calendar.api.malformed", locale, ex.getName()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, Locale locale) {
		return answer(problem(HttpStatus.BAD_REQUEST, "calendar.api.missing", locale, ex.getParameterName()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> outOfRange(HandlerMethodValidationException ex, Locale locale) {
		return answer(problem(HttpStatus.BAD_REQUEST, "calendar.api.working-days-range", locale, "1",
				String.valueOf(CalendarApiController.MAX_WORKING_DAYS)));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> reversed(CalendarApiController.RangeReversedException ex, Locale locale) {
		return answer(problem(HttpStatus.BAD_REQUEST, "calendar.api.range-reversed", locale));
	}

	private ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
