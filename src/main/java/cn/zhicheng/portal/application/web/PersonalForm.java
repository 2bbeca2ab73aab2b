package cn.zhicheng.portal.application.web;

import java.time.LocalDate;

import cn.zhicheng.portal.application.domain.PersonalAnswers;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * 个人信息 beyond the account: work start, current post, and the current title (现职称). A title is all or nothing:
 * once its level is chosen, how and when it was obtained are needed, and for 评审 its 评审年度 (DOMAIN.md §2.3 counts
 * from the 年度, not the certificate date).
 */
class PersonalForm {

	private long version;

	@NotNull(message = "{application.personal.work-start.required}")
	@PastOrPresent(message = "{application.date.future}")
	private @Nullable LocalDate workStartedOn;

	@Size(max = 60, message = "{application.text.too-long}")
	private @Nullable String currentSpecialty;

	@Size(max = 60, message = "{application.text.too-long}")
	private @Nullable String administrativePost;

	@Size(max = 60, message = "{application.text.too-long}")
	private @Nullable String titleName;

	private @Nullable TitleLevel titleLevel;

	private @Nullable ObtainedBy titleObtainedBy;

	@PastOrPresent(message = "{application.date.future}")
	private @Nullable LocalDate titleObtainedOn;

	@Min(value = 1980, message = "{application.personal.title-year.range}")
	@Max(value = 2100, message = "{application.personal.title-year.range}")
	private @Nullable Integer titleEvaluationYear;

	@Size(max = 60, message = "{application.text.too-long}")
	private @Nullable String titleCertificateNo;

	@Size(max = 100, message = "{application.text.too-long}")
	private @Nullable String titleAuthority;

	static PersonalForm of(long version, PersonalAnswers answers) {
		PersonalForm form = new PersonalForm();
		form.version = version;
		form.workStartedOn = answers.workStartedOn();
		form.currentSpecialty = answers.currentSpecialty();
		form.administrativePost = answers.administrativePost();
		form.titleName = answers.titleName();
		form.titleLevel = answers.titleLevel();
		form.titleObtainedBy = answers.titleObtainedBy();
		form.titleObtainedOn = answers.titleObtainedOn();
		form.titleEvaluationYear = answers.titleEvaluationYear();
		form.titleCertificateNo = answers.titleCertificateNo();
		form.titleAuthority = answers.titleAuthority();
		return form;
	}

	/** The cross-field rules of the current title, each error on its own field. */
	void check(Errors errors) {
		boolean anyTitle = titleLevel != null || titleObtainedBy != null || titleObtainedOn != null
				|| !blank(titleName);
		if (!anyTitle) {
			return;
		}
		if (titleLevel == null) {
			errors.rejectValue("titleLevel", "application.personal.title-level.required");
		}
		if (blank(titleName)) {
			errors.rejectValue("titleName", "application.personal.title-name.required");
		}
		if (titleObtainedBy == null) {
			errors.rejectValue("titleObtainedBy", "application.personal.title-by.required");
		}
		if (titleObtainedOn == null) {
			errors.rejectValue("titleObtainedOn", "application.personal.title-on.required");
		}
		if (titleObtainedBy == ObtainedBy.EVALUATION && titleEvaluationYear == null) {
			errors.rejectValue("titleEvaluationYear", "application.personal.title-year.required");
		}
		if (workStartedOn != null && titleObtainedOn != null && titleObtainedOn.isBefore(workStartedOn)
				&& titleObtainedBy != ObtainedBy.EXAM) {
			errors.rejectValue("titleObtainedOn", "application.personal.title-on.before-work");
		}
	}

	PersonalAnswers toAnswers() {
		boolean hasTitle = titleLevel != null;
		return new PersonalAnswers(workStartedOn, trim(currentSpecialty), trim(administrativePost),
				hasTitle ? trim(titleName) : null, titleLevel, hasTitle ? titleObtainedBy : null,
				hasTitle ? titleObtainedOn : null,
				hasTitle && titleObtainedBy == ObtainedBy.EVALUATION ? titleEvaluationYear : null,
				hasTitle ? trim(titleCertificateNo) : null, hasTitle ? trim(titleAuthority) : null);
	}

	static @Nullable String trim(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable LocalDate getWorkStartedOn() {
		return workStartedOn;
	}

	public void setWorkStartedOn(@Nullable LocalDate workStartedOn) {
		this.workStartedOn = workStartedOn;
	}

	public @Nullable String getCurrentSpecialty() {
		return currentSpecialty;
	}

	public void setCurrentSpecialty(@Nullable String currentSpecialty) {
		this.currentSpecialty = currentSpecialty;
	}

	public @Nullable String getAdministrativePost() {
		return administrativePost;
	}

	public void setAdministrativePost(@Nullable String administrativePost) {
		this.administrativePost = administrativePost;
	}

	public @Nullable String getTitleName() {
		return titleName;
	}

	public void setTitleName(@Nullable String titleName) {
		this.titleName = titleName;
	}

	public @Nullable TitleLevel getTitleLevel() {
		return titleLevel;
	}

	public void setTitleLevel(@Nullable TitleLevel titleLevel) {
		this.titleLevel = titleLevel;
	}

	public @Nullable ObtainedBy getTitleObtainedBy() {
		return titleObtainedBy;
	}

	public void setTitleObtainedBy(@Nullable ObtainedBy titleObtainedBy) {
		this.titleObtainedBy = titleObtainedBy;
	}

	public @Nullable LocalDate getTitleObtainedOn() {
		return titleObtainedOn;
	}

	public void setTitleObtainedOn(@Nullable LocalDate titleObtainedOn) {
		this.titleObtainedOn = titleObtainedOn;
	}

	public @Nullable Integer getTitleEvaluationYear() {
		return titleEvaluationYear;
	}

	public void setTitleEvaluationYear(@Nullable Integer titleEvaluationYear) {
		this.titleEvaluationYear = titleEvaluationYear;
	}

	public @Nullable String getTitleCertificateNo() {
		return titleCertificateNo;
	}

	public void setTitleCertificateNo(@Nullable String titleCertificateNo) {
		this.titleCertificateNo = titleCertificateNo;
	}

	public @Nullable String getTitleAuthority() {
		return titleAuthority;
	}

	public void setTitleAuthority(@Nullable String titleAuthority) {
		this.titleAuthority = titleAuthority;
	}

}
