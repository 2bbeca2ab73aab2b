package cn.zhicheng.portal.application.attachment;

import java.time.Instant;

/** One attachment as lists show it, without its bytes. */
public record AttachmentView(long id, AttachmentSection section, String fileName, String contentType, long sizeBytes,
		Instant uploadedAt) {
}
