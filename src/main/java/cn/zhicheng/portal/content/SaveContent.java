package cn.zhicheng.portal.content;

import org.jspecify.annotations.Nullable;

/** What an editor saves; the body is Markdown (raw HTML inside it is allowed and sanitised). */
public record SaveContent(ContentSection section, String title, @Nullable String summary, String bodyMarkdown,
		@Nullable Long committeeId, @Nullable Integer reviewYear, boolean pinned) {
}
