package cn.zhicheng.portal.application.attachment;

import org.springframework.stereotype.Component;

/**
 * The limits and sizes as the attachment panel shows them. Pages that include the panel belong to other controllers,
 * so the template asks this bean ({@code ${@attachmentHints.maxFileMegabytes()}}) rather than relying on each of
 * them to put the limits into its model. Thymeleaf forbids bean references in {@code th:data-*} and {@code th:attr}
 * (restricted mode), so the panel binds the bean once with {@code th:with="hints=${@attachmentHints}"}.
 */
@Component("attachmentHints")
public class AttachmentHints {

	/** What the file chooser offers; the server decides by content regardless. */
	public static final String ACCEPT = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

	private final AttachmentLimits limits;

	AttachmentHints(AttachmentLimits limits) {
		this.limits = limits;
	}

	public String accept() {
		return ACCEPT;
	}

	public long maxFileBytes() {
		return limits.maxFileSize().toBytes();
	}

	public String maxFileMegabytes() {
		return AttachmentLimits.megabytes(limits.maxFileSize().toBytes());
	}

	public int maxFilesPerSection() {
		return limits.maxFilesPerSection();
	}

	public String maxTotalMegabytes() {
		return AttachmentLimits.megabytes(limits.maxTotalSize().toBytes());
	}

	/** A file's size for the list: KB below one megabyte, MB above. */
	public String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, (bytes + 1023) / 1024) + " KB";
		}
		return AttachmentLimits.megabytes(bytes) + " MB";
	}

}
