package cn.zhicheng.portal.catalog.domain;

import java.time.LocalDate;

import cn.zhicheng.portal.catalog.IntakeWindowView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One committee's intake window for one 评审年度 (DOMAIN.md §7.2: per committee, per review year). */
@Entity
class IntakeWindow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long committeeId;

	private int reviewYear;

	private LocalDate opensOn;

	private LocalDate closesOn;

	private boolean amendmentsAllowed;

	private @Nullable Integer amendmentWorkingDays;

	@Version
	private long version;

	protected IntakeWindow() {
	}

	IntakeWindow(long committeeId, int reviewYear) {
		this.committeeId = committeeId;
		this.reviewYear = reviewYear;
	}

	boolean isNew() {
		return id == null;
	}

	long version() {
		return version;
	}

	void change(LocalDate opensOn, LocalDate closesOn, boolean amendmentsAllowed,
			@Nullable Integer amendmentWorkingDays) {
		if (opensOn.isAfter(closesOn)) {
			throw new IllegalArgumentException("An intake window cannot close before it opens");
		}
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.amendmentsAllowed = amendmentsAllowed;
		// A day count without amendments would be read as a promise nobody keeps.
		this.amendmentWorkingDays = amendmentsAllowed ? amendmentWorkingDays : null;
	}

	IntakeWindowView toView() {
		return new IntakeWindowView(id, committeeId, reviewYear, opensOn, closesOn, amendmentsAllowed,
				amendmentWorkingDays);
	}

}
