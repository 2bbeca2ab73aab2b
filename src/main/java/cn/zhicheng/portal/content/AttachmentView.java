package cn.zhicheng.portal.content;

import java.time.Instant;

/** An attachment as a page lists it: no bytes. */
public record AttachmentView(long id, long itemId, String fileName, String contentType, long size,
		Instant uploadedAt) {
}
