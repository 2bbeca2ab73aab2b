package cn.zhicheng.portal.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Where a page of the trail ends: its last record's time and id, the keys the trail is sorted by (newest first). */
public record AuditCursor(Instant occurredAt, long id) {

	/** The cursor as one URL parameter, e.g. {@code 2026-02-10T02:00:00.123456Z~42}. */
	public String token() {
		return occurredAt + "~" + id;
	}

	/** A token from a URL; anything malformed is treated as no cursor (the first page). */
	public static Optional<AuditCursor> parse(@Nullable String token) {
		if (token == null) {
			return Optional.empty();
		}
		int tilde = token.indexOf('~');
		if (tilde < 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AuditCursor(Instant.parse(token.substring(0, tilde)),
					Long.parseLong(token.substring(tilde + 1))));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
