package cn.zhicheng.portal.application.domain;

import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.Route;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * 申报信息: series, specialty, level and committee; for 破格 the two expert recommenders (DOMAIN.md §2.5); for a
 * commission (省外委托评审) the other province's committee instead of one of ours.
 */
@Embeddable
public record DeclarationAnswers(@Nullable Long seriesId, @Nullable Long specialtyId,
		@Enumerated(EnumType.STRING) @Nullable TitleLevel targetLevel, @Nullable Long committeeId,
		@Enumerated(EnumType.STRING) Route route, @Nullable String recommender1Name, @Nullable String recommender1Title,
		@Nullable String recommender1Unit, @Nullable String recommender2Name, @Nullable String recommender2Title,
		@Nullable String recommender2Unit, @Nullable String commissionProvince, @Nullable String commissionCommittee,
		@Nullable String commissionReason) {

	/** Nothing chosen yet: the normal route. */
	public static final DeclarationAnswers NONE = new DeclarationAnswers(null, null, null, null, Route.NORMAL, null, null,
			null, null, null, null, null, null, null);

}
