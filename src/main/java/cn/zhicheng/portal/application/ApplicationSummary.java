package cn.zhicheng.portal.application;

import java.time.Instant;

import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

/** One row of 我的业务: enough to find an application and see where it stands. */
public record ApplicationSummary(long id, String number, ApplicationType type, int reviewYear,
		ApplicationStatus status, @Nullable String specialtyName, @Nullable TitleLevel targetLevel,
		@Nullable String unitName, Instant statusChangedAt, Instant updatedAt) {
}
