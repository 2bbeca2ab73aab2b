package cn.zhicheng.portal.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import cn.zhicheng.portal.calendar.DayKind;
import cn.zhicheng.portal.calendar.domain.CalendarAdministration.Entry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One exception day as the administrator types it. The date stays text so a bad one is answered beside the field in
 * the page's words rather than as a conversion error.
 */
class DayForm {

	@NotBlank(message = "{calendar.day.error.date}")
	private String day = "";

	@NotNull(message = "{calendar.day.error.kind}")
	private @Nullable DayKind kind = DayKind.HOLIDAY;

	@NotBlank(message = "{calendar.day.error.name}")
	@Size(max = 40, message = "{calendar.day.error.name}")
	private String name = "";

	static DayForm of(Entry entry) {
		DayForm form = new DayForm();
		form.day = entry.day().toString();
		form.kind = entry.kind();
		form.name = entry.name();
		return form;
	}

	Optional<LocalDate> date() {
		try {
			return Optional.of(LocalDate.parse(day.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	Entry toEntry() {
		return new Entry(date().orElseThrow(), Objects.requireNonNull(kind), name.strip());
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public @Nullable DayKind getKind() {
		return kind;
	}

	public void setKind(@Nullable DayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
