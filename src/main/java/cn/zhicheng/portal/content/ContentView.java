package cn.zhicheng.portal.content;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One item with its sanitised body and its attachments. */
public record ContentView(long id, ContentSection section, String title, @Nullable String summary,
		String bodyMarkdown, String bodyHtml, @Nullable Long committeeId, @Nullable Integer reviewYear, boolean pinned,
		boolean published, @Nullable Instant publishedAt, Instant updatedAt, long version,
		List<AttachmentView> attachments) {
}
