package cn.zhicheng.portal.application.review;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

/**
 * The city queue's filters (issue #6 part 4) and the keyset of the page after: the last row's deadline, stage time
 * and id. Empty values mean "any"; {@code q} is a name (contains) or an application number (exact).
 */
public record QueueFilter(@Nullable Long committeeId, @Nullable Long specialtyId, @Nullable TitleLevel level,
		@Nullable Long countyId, @Nullable ApplicationStatus status, @Nullable String q, @Nullable String after) {

	public static QueueFilter none() {
		return new QueueFilter(null, null, null, null, null, null, null);
	}

	public @Nullable String query() {
		return q == null || q.isBlank() ? null : q.strip();
	}

}
