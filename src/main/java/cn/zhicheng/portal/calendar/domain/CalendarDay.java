package cn.zhicheng.portal.calendar.domain;

import java.time.LocalDate;

import cn.zhicheng.portal.calendar.DayKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One exception to the week: a statutory day off or a 调休 working weekend day, as a notice declares it. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

	@Id
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, DayKind kind, String name) {
		this.day = day;
		change(kind, name);
	}

	void change(DayKind kind, String name) {
		if (kind != DayKind.HOLIDAY && kind != DayKind.ADJUSTED_WORKDAY) {
			throw new IllegalArgumentException("Only holidays and adjusted working days are stored, not " + kind);
		}
		this.kind = kind;
		this.name = name;
	}

	LocalDate day() {
		return day;
	}

	DayKind kind() {
		return kind;
	}

	CalendarAdministration.Entry toEntry() {
		return new CalendarAdministration.Entry(day, kind, name == null ? "" : name);
	}

}
