package cn.zhicheng.portal.calendar.web;

import java.time.LocalDate;

import cn.zhicheng.portal.calendar.DayKind;
import cn.zhicheng.portal.calendar.PublicNoticePolicy;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day answers, for the 公示 scheduling and for anyone planning one. A date in a year whose notice is not
 * loaded gets 422 rather than a weekend-only guess (see {@link CalendarApiAdvice}).
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日历：法定节假日与调休 working days per the State Council's notices")
@ApiResponse(responseCode = "400", description = "a malformed date or parameter",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "422", description = "the date's year has no loaded calendar",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class CalendarApiController {

	static final int MAX_WORKING_DAYS = 60;

	private final WorkingCalendar calendar;

	private final PublicNoticePolicy policy;

	CalendarApiController(WorkingCalendar calendar, PublicNoticePolicy policy) {
		this.calendar = calendar;
		this.policy = policy;
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "Whether a date is a working day, and why (WORKDAY, WEEKEND, HOLIDAY or ADJUSTED_WORKDAY)")
	DayAnswer day(@Parameter(description = "ISO date", example = "2024-02-09") @PathVariable @DateTimeFormat(
			iso = ISO.DATE) LocalDate date) {
		DayKind kind = calendar.kindOf(date);
		return new DayAnswer(date, kind.working(), kind);
	}

	@GetMapping("/public-notice")
	@Operation(summary = "The earliest end of a 公示 starting on a date: its Nth working day, counting the start itself "
			+ "when it is a working day (人社部令第40号 Art. 16: not less than 5 working days)")
	PublicNoticeAnswer publicNotice(
			@Parameter(description = "first day of the notice, ISO date", example = "2024-02-08") @RequestParam @DateTimeFormat(
					iso = ISO.DATE) LocalDate start,
			@Parameter(description = "working days the notice runs; portal.public-notice.working-days when omitted",
					example = "5") @RequestParam(required = false) @Min(1) @Max(MAX_WORKING_DAYS) @Nullable Integer workingDays) {
		int days = workingDays == null ? policy.workingDays() : workingDays;
		return new PublicNoticeAnswer(start, calendar.nthWorkingDay(start, days), days);
	}

	@GetMapping("/working-days")
	@Operation(summary = "The working days between two dates, both included")
	WorkingDaysAnswer workingDays(
			@Parameter(description = "ISO date", example = "2024-02-01") @RequestParam @DateTimeFormat(
					iso = ISO.DATE) LocalDate from,
			@Parameter(description = "ISO date, not before from", example = "2024-02-29") @RequestParam @DateTimeFormat(
					iso = ISO.DATE) LocalDate to) {
		if (from.isAfter(to)) {
			throw new RangeReversedException();
		}
		return new WorkingDaysAnswer(from, to, calendar.workingDaysBetween(from, to));
	}

	record DayAnswer(LocalDate date, boolean workingDay, DayKind kind) {
	}

	record PublicNoticeAnswer(LocalDate start, LocalDate end, int workingDays) {
	}

	record WorkingDaysAnswer(LocalDate from, LocalDate to, int workingDays) {
	}

	/** {@code from} after {@code to}: answered 400, not an empty count that would look like a real one. */
	static class RangeReversedException extends RuntimeException {

	}

}
