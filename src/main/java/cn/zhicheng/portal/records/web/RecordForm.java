package cn.zhicheng.portal.records.web;

import java.time.LocalDate;
import java.util.Objects;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.records.AchievementEntry;
import cn.zhicheng.portal.records.AchievementKind;
import cn.zhicheng.portal.records.AppraisalEntry;
import cn.zhicheng.portal.records.AppraisalResult;
import cn.zhicheng.portal.records.EducationEntry;
import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.RecordKind;
import cn.zhicheng.portal.records.TrainingEntry;
import cn.zhicheng.portal.records.WorkEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The add/edit form of any record kind: one object with the fields of all five, of which {@link #check} and
 * {@link #toEntry} read those of the kind at hand. Fields are typed, so a value that does not parse is kept as typed
 * and reported beside its field by the binder.
 */
public class RecordForm {

	/** 1950: nobody still applying studied, worked or trained before then; a year ahead allows planned training. */
	static final int FIRST_YEAR = 1950;

	private @Nullable Long version;

	private @Nullable String school;

	private @Nullable String major;

	private @Nullable Education degreeLevel;

	private boolean fullTime = true;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endedOn;

	private @Nullable String certificateNo;

	private @Nullable String unitName;

	private @Nullable String position;

	private @Nullable String workContent;

	private @Nullable String witness;

	private @Nullable Integer year;

	private @Nullable Integer publicHours;

	private @Nullable Integer professionalHours;

	private @Nullable Integer electiveHours;

	private @Nullable AchievementKind achievementKind;

	private @Nullable String title;

	private @Nullable String roleOrRank;

	private @Nullable String levelOrJournal;

	private @Nullable String description;

	private @Nullable AppraisalResult result;

	static RecordForm of(long version, RecordEntry entry) {
		RecordForm form = new RecordForm();
		form.version = version;
		switch (entry) {
			case EducationEntry e -> {
				form.school = e.school();
				form.major = e.major();
				form.degreeLevel = e.degreeLevel();
				form.fullTime = e.fullTime();
				form.startedOn = e.startedOn();
				form.endedOn = e.graduatedOn();
				form.certificateNo = e.certificateNo();
			}
			case WorkEntry w -> {
				form.unitName = w.unitName();
				form.startedOn = w.startedOn();
				form.endedOn = w.endedOn();
				form.position = w.position();
				form.workContent = w.workContent();
				form.witness = w.witness();
			}
			case TrainingEntry t -> {
				form.year = t.year();
				form.publicHours = t.publicHours();
				form.professionalHours = t.professionalHours();
				form.electiveHours = t.electiveHours();
				form.certificateNo = t.certificateNo();
			}
			case AchievementEntry a -> {
				form.achievementKind = a.achievementKind();
				form.title = a.title();
				form.roleOrRank = a.roleOrRank();
				form.levelOrJournal = a.levelOrJournal();
				form.startedOn = a.happenedOn();
				form.description = a.description();
			}
			case AppraisalEntry a -> {
				form.year = a.year();
				form.result = a.result();
			}
		}
		return form;
	}

	/** Required fields, lengths, dates in order and not in the future, sane years, hours not negative. */
	void check(RecordKind kind, Errors errors, LocalDate today) {
		switch (kind) {
			case EDUCATION -> {
				text(errors, "school", school, 100, true);
				text(errors, "major", major, 100, true);
				required(errors, "degreeLevel", degreeLevel);
				dates(errors, today, true, "records.error.graduated-before-started");
				text(errors, "certificateNo", certificateNo, 60, false);
			}
			case WORK -> {
				text(errors, "unitName", unitName, 100, true);
				dates(errors, today, false, "records.error.ended-before-started");
				text(errors, "position", position, 60, true);
				text(errors, "workContent", workContent, 500, true);
				text(errors, "witness", witness, 40, false);
			}
			case TRAINING -> {
				year(errors, today);
				hours(errors, "publicHours", publicHours);
				hours(errors, "professionalHours", professionalHours);
				hours(errors, "electiveHours", electiveHours);
				text(errors, "certificateNo", certificateNo, 60, false);
			}
			case ACHIEVEMENT -> {
				required(errors, "achievementKind", achievementKind);
				text(errors, "title", title, 200, true);
				text(errors, "roleOrRank", roleOrRank, 60, true);
				text(errors, "levelOrJournal", levelOrJournal, 100, false);
				date(errors, "startedOn", startedOn, today, true);
				text(errors, "description", description, 1000, false);
			}
			case APPRAISAL -> {
				year(errors, today);
				required(errors, "result", result);
			}
		}
	}

	/** Only after {@link #check} found nothing. */
	RecordEntry toEntry(RecordKind kind) {
		return switch (kind) {
			case EDUCATION -> new EducationEntry(trim(school), trim(major), Objects.requireNonNull(degreeLevel),
					fullTime, Objects.requireNonNull(startedOn), Objects.requireNonNull(endedOn), blank(certificateNo));
			case WORK -> new WorkEntry(trim(unitName), Objects.requireNonNull(startedOn), endedOn, trim(position),
					trim(workContent), blank(witness));
			case TRAINING -> new TrainingEntry(Objects.requireNonNull(year), Objects.requireNonNull(publicHours),
					Objects.requireNonNull(professionalHours), Objects.requireNonNull(electiveHours),
					blank(certificateNo));
			case ACHIEVEMENT -> new AchievementEntry(Objects.requireNonNull(achievementKind), trim(title),
					trim(roleOrRank), blank(levelOrJournal), Objects.requireNonNull(startedOn), blank(description));
			case APPRAISAL -> new AppraisalEntry(Objects.requireNonNull(year), Objects.requireNonNull(result));
		};
	}

	private void dates(Errors errors, LocalDate today, boolean endRequired, String orderKey) {
		boolean started = date(errors, "startedOn", startedOn, today, true);
		boolean ended = date(errors, "endedOn", endedOn, today, endRequired);
		if (started && ended && endedOn != null && startedOn != null && endedOn.isBefore(startedOn)) {
			errors.rejectValue("endedOn", orderKey);
		}
	}

	/** Whether the date is present and valid; a value the binder could not parse is already reported. */
	private static boolean date(Errors errors, String field, @Nullable LocalDate value, LocalDate today,
			boolean required) {
		if (errors.hasFieldErrors(field)) {
			return false;
		}
		if (value == null) {
			if (required) {
				errors.rejectValue(field, "records.error.required");
			}
			return false;
		}
		if (value.isAfter(today)) {
			errors.rejectValue(field, "records.error.date-future");
			return false;
		}
		if (value.getYear() < FIRST_YEAR) {
			errors.rejectValue(field, "records.error.date-too-early", new Object[] { String.valueOf(FIRST_YEAR) }, null);
			return false;
		}
		return true;
	}

	private void year(Errors errors, LocalDate today) {
		if (errors.hasFieldErrors("year")) {
			return;
		}
		int last = today.getYear() + 1;
		if (year == null) {
			errors.rejectValue("year", "records.error.required");
		}
		else if (year < FIRST_YEAR || year > last) {
			errors.rejectValue("year", "records.error.year-range",
					new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(last) }, null);
		}
	}

	private static void hours(Errors errors, String field, @Nullable Integer value) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (value == null) {
			errors.rejectValue(field, "records.error.required");
		}
		else if (value < 0) {
			errors.rejectValue(field, "records.error.negative-hours");
		}
		else if (value > 2000) {
			errors.rejectValue(field, "records.error.too-many-hours");
		}
	}

	private static void required(Errors errors, String field, @Nullable Object value) {
		if (!errors.hasFieldErrors(field) && value == null) {
			errors.rejectValue(field, "records.error.required");
		}
	}

	private static void text(Errors errors, String field, @Nullable String value, int max, boolean required) {
		if (!StringUtils.hasText(value)) {
			if (required) {
				errors.rejectValue(field, "records.error.required");
			}
		}
		else if (value.strip().length() > max) {
			errors.rejectValue(field, "records.error.too-long", new Object[] { String.valueOf(max) }, null);
		}
	}

	private static String trim(@Nullable String value) {
		return Objects.requireNonNull(value).strip();
	}

	private static @Nullable String blank(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public @Nullable String getSchool() {
		return school;
	}

	public void setSchool(@Nullable String school) {
		this.school = school;
	}

	public @Nullable String getMajor() {
		return major;
	}

	public void setMajor(@Nullable String major) {
		this.major = major;
	}

	public @Nullable Education getDegreeLevel() {
		return degreeLevel;
	}

	public void setDegreeLevel(@Nullable Education degreeLevel) {
		this.degreeLevel = degreeLevel;
	}

	public boolean isFullTime() {
		return fullTime;
	}

	public void setFullTime(boolean fullTime) {
		this.fullTime = fullTime;
	}

	public @Nullable LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(@Nullable LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public @Nullable LocalDate getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(@Nullable LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public @Nullable String getCertificateNo() {
		return certificateNo;
	}

	public void setCertificateNo(@Nullable String certificateNo) {
		this.certificateNo = certificateNo;
	}

	public @Nullable String getUnitName() {
		return unitName;
	}

	public void setUnitName(@Nullable String unitName) {
		this.unitName = unitName;
	}

	public @Nullable String getPosition() {
		return position;
	}

	public void setPosition(@Nullable String position) {
		this.position = position;
	}

	public @Nullable String getWorkContent() {
		return workContent;
	}

	public void setWorkContent(@Nullable String workContent) {
		this.workContent = workContent;
	}

	public @Nullable String getWitness() {
		return witness;
	}

	public void setWitness(@Nullable String witness) {
		this.witness = witness;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable Integer getPublicHours() {
		return publicHours;
	}

	public void setPublicHours(@Nullable Integer publicHours) {
		this.publicHours = publicHours;
	}

	public @Nullable Integer getProfessionalHours() {
		return professionalHours;
	}

	public void setProfessionalHours(@Nullable Integer professionalHours) {
		this.professionalHours = professionalHours;
	}

	public @Nullable Integer getElectiveHours() {
		return electiveHours;
	}

	public void setElectiveHours(@Nullable Integer electiveHours) {
		this.electiveHours = electiveHours;
	}

	public @Nullable AchievementKind getAchievementKind() {
		return achievementKind;
	}

	public void setAchievementKind(@Nullable AchievementKind achievementKind) {
		this.achievementKind = achievementKind;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getRoleOrRank() {
		return roleOrRank;
	}

	public void setRoleOrRank(@Nullable String roleOrRank) {
		this.roleOrRank = roleOrRank;
	}

	public @Nullable String getLevelOrJournal() {
		return levelOrJournal;
	}

	public void setLevelOrJournal(@Nullable String levelOrJournal) {
		this.levelOrJournal = levelOrJournal;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable AppraisalResult getResult() {
		return result;
	}

	public void setResult(@Nullable AppraisalResult result) {
		this.result = result;
	}

}
