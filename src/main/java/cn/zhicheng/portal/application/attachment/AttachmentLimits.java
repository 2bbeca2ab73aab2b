package cn.zhicheng.portal.application.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much an applicant may attach ({@code portal.attachments.*}). A scanned certificate at 300 dpi is well under
 * 10 MB; the per-section and per-application caps stop one file from filling the shared database with a whole
 * archive. The servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}) must stay a little above
 * {@code max-file-size}, or a larger request is cut off before this check can explain the limit.
 *
 * @param maxFileSize largest single file
 * @param maxFilesPerSection most files in one section of one application
 * @param maxTotalSize most bytes across all sections of one application
 * @param maxImagePixels largest width × height of an image, read from its header before any pixel is decoded: a
 * small file can declare a huge image (a decompression bomb)
 */
@ConfigurationProperties("portal.attachments")
public record AttachmentLimits(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20") int maxFilesPerSection,
		@DefaultValue("100MB") DataSize maxTotalSize, @DefaultValue("100000000") long maxImagePixels) {

	public AttachmentLimits {
		if (maxFileSize.toBytes() <= 0 || maxFilesPerSection <= 0 || maxTotalSize.toBytes() <= 0
				|| maxImagePixels <= 0) {
			throw new IllegalArgumentException("portal.attachments limits must be positive");
		}
	}

	/** Refuses a file of {@code newBytes} when the section or the application has no room left for it. */
	void checkRoom(int filesInSection, long bytesInApplication, long newBytes) {
		if (filesInSection >= maxFilesPerSection) {
			throw new AttachmentRefusedException("attachment.error.section-full", maxFilesPerSection);
		}
		if (bytesInApplication + newBytes > maxTotalSize.toBytes()) {
			throw new AttachmentRefusedException("attachment.error.total-full", megabytes(maxTotalSize.toBytes()));
		}
	}

	/** Sizes as applicants read them: megabytes with one decimal where it matters (1 MB = 1024 × 1024 bytes). */
	static String megabytes(long bytes) {
		double value = bytes / (1024.0 * 1024.0);
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
	}

}
