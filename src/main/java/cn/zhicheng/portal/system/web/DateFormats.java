package cn.zhicheng.portal.system.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Times as pages show them, in the portal's time zone ({@code portal.time-zone}). Templates call it as
 * {@code ${@dates.dateTime(x)}} so no page hard-codes a zone or pattern.
 */
@Component("dates")
public class DateFormats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Clock clock;

	DateFormats(Clock clock) {
		this.clock = clock;
	}

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
	}

	public String dateTimeSeconds(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(clock.getZone()));
	}

}
