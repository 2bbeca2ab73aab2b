package cn.zhicheng.portal.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of a list page. */
public record ContentSummary(long id, ContentSection section, String title, @Nullable String summary, boolean pinned,
		boolean published, @Nullable Instant publishedAt, Instant updatedAt) {
}
