package cn.zhicheng.portal.application.web;

import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.domain.DeclarationAnswers;
import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.Route;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * 申报信息 (提示8): series, specialty, level, committee and route; for 破格 two expert recommenders with their title
 * and unit (DOMAIN.md §2.5); for 省外委托评审 the other province and its committee.
 */
class DeclarationForm {

	private long version;

	@NotNull(message = "{application.declaration.series.required}")
	private @Nullable Long seriesId;

	@NotNull(message = "{application.declaration.specialty.required}")
	private @Nullable Long specialtyId;

	@NotNull(message = "{application.declaration.level.required}")
	private @Nullable TitleLevel targetLevel;

	private @Nullable Long committeeId;

	private Route route = Route.NORMAL;

	@Size(max = 40, message = "{application.text.too-long}")
	private @Nullable String recommender1Name;

	@Size(max = 60, message = "{application.text.too-long}")
	private @Nullable String recommender1Title;

	@Size(max = 100, message = "{application.text.too-long}")
	private @Nullable String recommender1Unit;

	@Size(max = 40, message = "{application.text.too-long}")
	private @Nullable String recommender2Name;

	@Size(max = 60, message = "{application.text.too-long}")
	private @Nullable String recommender2Title;

	@Size(max = 100, message = "{application.text.too-long}")
	private @Nullable String recommender2Unit;

	@Size(max = 20, message = "{application.text.too-long}")
	private @Nullable String commissionProvince;

	@Size(max = 100, message = "{application.text.too-long}")
	private @Nullable String commissionCommittee;

	@Size(max = 500, message = "{application.text.too-long}")
	private @Nullable String commissionReason;

	static DeclarationForm of(long version, DeclarationAnswers d) {
		DeclarationForm form = new DeclarationForm();
		form.version = version;
		form.seriesId = d.seriesId();
		form.specialtyId = d.specialtyId();
		form.targetLevel = d.targetLevel();
		form.committeeId = d.committeeId();
		form.route = d.route();
		form.recommender1Name = d.recommender1Name();
		form.recommender1Title = d.recommender1Title();
		form.recommender1Unit = d.recommender1Unit();
		form.recommender2Name = d.recommender2Name();
		form.recommender2Title = d.recommender2Title();
		form.recommender2Unit = d.recommender2Unit();
		form.commissionProvince = d.commissionProvince();
		form.commissionCommittee = d.commissionCommittee();
		form.commissionReason = d.commissionReason();
		return form;
	}

	/** What the type asks for beyond the common fields; the committee is checked against the open ones by the caller. */
	void check(ApplicationType type, Errors errors) {
		if (type == ApplicationType.EVALUATION && committeeId == null) {
			errors.rejectValue("committeeId", "application.declaration.committee.required");
		}
		if (type == ApplicationType.COMMISSIONED_EVALUATION) {
			if (PersonalForm.trim(commissionProvince) == null) {
				errors.rejectValue("commissionProvince", "application.declaration.province.required");
			}
			if (PersonalForm.trim(commissionCommittee) == null) {
				errors.rejectValue("commissionCommittee", "application.declaration.commission-committee.required");
			}
		}
		if (route == Route.EXCEPTIONAL) {
			requireRecommender(errors, "recommender1", recommender1Name, recommender1Title, recommender1Unit);
			requireRecommender(errors, "recommender2", recommender2Name, recommender2Title, recommender2Unit);
		}
	}

	private static void requireRecommender(Errors errors, String prefix, @Nullable String name,
			@Nullable String title, @Nullable String unit) {
		if (PersonalForm.trim(name) == null) {
			errors.rejectValue(prefix + "Name", "application.declaration.recommender.required");
		}
		if (PersonalForm.trim(title) == null) {
			errors.rejectValue(prefix + "Title", "application.declaration.recommender.required");
		}
		if (PersonalForm.trim(unit) == null) {
			errors.rejectValue(prefix + "Unit", "application.declaration.recommender.required");
		}
	}

	DeclarationAnswers toAnswers(ApplicationType type) {
		boolean exceptional = route == Route.EXCEPTIONAL;
		boolean commission = type == ApplicationType.COMMISSIONED_EVALUATION;
		return new DeclarationAnswers(seriesId, specialtyId, targetLevel,
				type == ApplicationType.EVALUATION ? committeeId : null, route,
				exceptional ? PersonalForm.trim(recommender1Name) : null,
				exceptional ? PersonalForm.trim(recommender1Title) : null,
				exceptional ? PersonalForm.trim(recommender1Unit) : null,
				exceptional ? PersonalForm.trim(recommender2Name) : null,
				exceptional ? PersonalForm.trim(recommender2Title) : null,
				exceptional ? PersonalForm.trim(recommender2Unit) : null,
				commission ? PersonalForm.trim(commissionProvince) : null,
				commission ? PersonalForm.trim(commissionCommittee) : null,
				commission ? PersonalForm.trim(commissionReason) : null);
	}

	// @formatter:off
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public @Nullable Long getSeriesId() { return seriesId; }
	public void setSeriesId(@Nullable Long seriesId) { this.seriesId = seriesId; }
	public @Nullable Long getSpecialtyId() { return specialtyId; }
	public void setSpecialtyId(@Nullable Long specialtyId) { this.specialtyId = specialtyId; }
	public @Nullable TitleLevel getTargetLevel() { return targetLevel; }
	public void setTargetLevel(@Nullable TitleLevel targetLevel) { this.targetLevel = targetLevel; }
	public @Nullable Long getCommitteeId() { return committeeId; }
	public void setCommitteeId(@Nullable Long committeeId) { this.committeeId = committeeId; }
	public Route getRoute() { return route; }
	public void setRoute(@Nullable Route route) { this.route = route == null ? Route.NORMAL : route; }
	public @Nullable String getRecommender1Name() { return recommender1Name; }
	public void setRecommender1Name(@Nullable String v) { this.recommender1Name = v; }
	public @Nullable String getRecommender1Title() { return recommender1Title; }
	public void setRecommender1Title(@Nullable String v) { this.recommender1Title = v; }
	public @Nullable String getRecommender1Unit() { return recommender1Unit; }
	public void setRecommender1Unit(@Nullable String v) { this.recommender1Unit = v; }
	public @Nullable String getRecommender2Name() { return recommender2Name; }
	public void setRecommender2Name(@Nullable String v) { this.recommender2Name = v; }
	public @Nullable String getRecommender2Title() { return recommender2Title; }
	public void setRecommender2Title(@Nullable String v) { this.recommender2Title = v; }
	public @Nullable String getRecommender2Unit() { return recommender2Unit; }
	public void setRecommender2Unit(@Nullable String v) { this.recommender2Unit = v; }
	public @Nullable String getCommissionProvince() { return commissionProvince; }
	public void setCommissionProvince(@Nullable String v) { this.commissionProvince = v; }
	public @Nullable String getCommissionCommittee() { return commissionCommittee; }
	public void setCommissionCommittee(@Nullable String v) { this.commissionCommittee = v; }
	public @Nullable String getCommissionReason() { return commissionReason; }
	public void setCommissionReason(@Nullable String v) { this.commissionReason = v; }
	// @formatter:on

}
