package cn.zhicheng.portal.application.domain;

import java.time.LocalDate;

import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** What the 个人信息 step adds to the account: work start, current post and the current title (DOMAIN.md §6.3 一). */
@Embeddable
public record PersonalAnswers(@Nullable LocalDate workStartedOn, @Nullable String currentSpecialty,
		@Nullable String administrativePost, @Nullable String titleName,
		@Enumerated(EnumType.STRING) @Nullable TitleLevel titleLevel,
		@Enumerated(EnumType.STRING) @Nullable ObtainedBy titleObtainedBy, @Nullable LocalDate titleObtainedOn,
		@Nullable Integer titleEvaluationYear, @Nullable String titleCertificateNo, @Nullable String titleAuthority) {

	/** Nothing saved yet. */
	public static final PersonalAnswers NONE = new PersonalAnswers(null, null, null, null, null, null, null, null, null,
			null);

	public boolean hasTitle() {
		return titleLevel != null;
	}

}
