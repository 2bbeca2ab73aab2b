package cn.zhicheng.portal.catalog.web;

import java.time.LocalDate;

import cn.zhicheng.portal.catalog.IntakeWindowView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** 受理时间: one review year's intake window of a committee; opens must not fall after closes. */
public class WindowForm {

	@NotNull(message = "{catalog.window.review-year.required}")
	@Min(value = 2000, message = "{catalog.window.review-year.range}")
	@Max(value = 2100, message = "{catalog.window.review-year.range}")
	private @Nullable Integer reviewYear;

	@NotNull(message = "{catalog.window.opens-on.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate opensOn;

	@NotNull(message = "{catalog.window.closes-on.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate closesOn;

	private boolean amendmentsAllowed;

	@Min(value = 1, message = "{catalog.window.amendment-days.range}")
	@Max(value = 60, message = "{catalog.window.amendment-days.range}")
	private @Nullable Integer amendmentWorkingDays;

	/** The version the administrator saw, empty for a new year. */
	private @Nullable Long version;

	static WindowForm of(IntakeWindowView window, long version) {
		WindowForm form = new WindowForm();
		form.reviewYear = window.reviewYear();
		form.opensOn = window.opensOn();
		form.closesOn = window.closesOn();
		form.amendmentsAllowed = window.amendmentsAllowed();
		form.amendmentWorkingDays = window.amendmentWorkingDays();
		form.version = version;
		return form;
	}

	boolean closesBeforeOpens() {
		return opensOn != null && closesOn != null && opensOn.isAfter(closesOn);
	}

	boolean amendmentDaysMissing() {
		return amendmentsAllowed && amendmentWorkingDays == null;
	}

	public @Nullable Integer getReviewYear() {
		return reviewYear;
	}

	public void setReviewYear(@Nullable Integer reviewYear) {
		this.reviewYear = reviewYear;
	}

	public @Nullable LocalDate getOpensOn() {
		return opensOn;
	}

	public void setOpensOn(@Nullable LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public @Nullable LocalDate getClosesOn() {
		return closesOn;
	}

	public void setClosesOn(@Nullable LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public boolean isAmendmentsAllowed() {
		return amendmentsAllowed;
	}

	public void setAmendmentsAllowed(boolean amendmentsAllowed) {
		this.amendmentsAllowed = amendmentsAllowed;
	}

	public @Nullable Integer getAmendmentWorkingDays() {
		return amendmentWorkingDays;
	}

	public void setAmendmentWorkingDays(@Nullable Integer amendmentWorkingDays) {
		this.amendmentWorkingDays = amendmentWorkingDays;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
