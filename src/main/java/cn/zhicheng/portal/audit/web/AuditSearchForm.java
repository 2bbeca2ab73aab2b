package cn.zhicheng.portal.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.zhicheng.portal.audit.AuditCursor;
import cn.zhicheng.portal.audit.AuditQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search filters as typed, every one optional. Dates are calendar days in the portal's time zone, both ends
 * included.
 */
class AuditSearchForm {

	@Size(max = 64, message = "{audit.search.actor.too-long}")
	private @Nullable String actor;

	@Pattern(regexp = "[A-Z0-9_]{0,40}", message = "{audit.search.code.invalid}")
	private @Nullable String action;

	@Pattern(regexp = "[A-Z0-9_]{0,40}", message = "{audit.search.code.invalid}")
	private @Nullable String subjectType;

	@Positive(message = "{audit.search.subject-id.invalid}")
	private @Nullable Long subjectId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	private @Nullable String after;

	boolean datesInOrder() {
		return from == null || to == null || !to.isBefore(from);
	}

	AuditQuery toQuery(ZoneId zone) {
		return new AuditQuery(actor, action, subjectType, subjectId,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), AuditCursor.parse(after).orElse(null));
	}

	boolean isFirstPage() {
		return AuditCursor.parse(after).isEmpty();
	}

	public @Nullable String getActor() {
		return actor;
	}

	public void setActor(@Nullable String actor) {
		this.actor = actor == null ? null : actor.strip();
	}

	public @Nullable String getAction() {
		return action;
	}

	public void setAction(@Nullable String action) {
		this.action = action;
	}

	public @Nullable String getSubjectType() {
		return subjectType;
	}

	public void setSubjectType(@Nullable String subjectType) {
		this.subjectType = subjectType;
	}

	public @Nullable Long getSubjectId() {
		return subjectId;
	}

	public void setSubjectId(@Nullable Long subjectId) {
		this.subjectId = subjectId;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}

	public @Nullable String getAfter() {
		return after;
	}

	public void setAfter(@Nullable String after) {
		this.after = after;
	}

}
