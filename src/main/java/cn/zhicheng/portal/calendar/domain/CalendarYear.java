package cn.zhicheng.portal.calendar.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A year whose notice is loaded; without this row every date in the year is refused rather than guessed. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

	@Id
	private Integer year;

	private String source;

	@Column(name = "loaded_at")
	private @Nullable Instant loadedAt;

	protected CalendarYear() {
	}

	CalendarYear(int year, String source, Instant loadedAt) {
		this.year = year;
		reload(source, loadedAt);
	}

	void reload(String source, Instant loadedAt) {
		this.source = source;
		this.loadedAt = loadedAt;
	}

	CalendarAdministration.YearView toView() {
		return new CalendarAdministration.YearView(year, source, loadedAt);
	}

}
