package cn.zhicheng.portal.application.domain;

import java.time.LocalDate;

import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.eligibility.ObtainedBy;
import org.jspecify.annotations.Nullable;

/** What the 个人信息 step adds to the account: work start, current post and the current title (DOMAIN.md §6.3 一). */
public record PersonalAnswers(@Nullable LocalDate workStartedOn, @Nullable String currentSpecialty,
		@Nullable String administrativePost, @Nullable String titleName, @Nullable TitleLevel titleLevel,
		@Nullable ObtainedBy titleObtainedBy, @Nullable LocalDate titleObtainedOn, @Nullable Integer titleEvaluationYear,
		@Nullable String titleCertificateNo, @Nullable String titleAuthority) {

	public boolean hasTitle() {
		return titleLevel != null;
	}

}
