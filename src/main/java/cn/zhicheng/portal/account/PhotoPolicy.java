package cn.zhicheng.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 照片维护: what an applicant's photo must be (issue #3). 大一寸 is 33 × 48 mm, which is 390 × 567 px at
 * 300 dpi (DOMAIN.md §5.5). Published limits range from 100 to 500 KB and §5.5 asks for the size to be
 * configurable, so the default takes the upper end and a committee that wants 200 KB sets
 * {@code portal.photo.max-bytes=204800}.
 *
 * @param maxBytes largest upload accepted
 * @param minWidth smallest width in pixels
 * @param minHeight smallest height in pixels
 * @param aspectWidth the width of the required ratio, also the photo's width in millimetres
 * @param aspectHeight the height of the required ratio, also the photo's height in millimetres
 * @param aspectTolerance how far width / height may stray from the ratio, as a fraction of it
 * @param maxPixels largest width × height decoded: a small file can declare a huge image (a decompression bomb), so
 * this is checked from the header before any pixel is allocated
 * @param jpegQuality quality of the re-encoded JPEG that is stored in place of the upload
 */
@ConfigurationProperties("portal.photo")
public record PhotoPolicy(@DefaultValue("512000") long maxBytes, @DefaultValue("390") int minWidth,
		@DefaultValue("567") int minHeight, @DefaultValue("33") int aspectWidth, @DefaultValue("48") int aspectHeight,
		@DefaultValue("0.05") double aspectTolerance, @DefaultValue("25000000") long maxPixels,
		@DefaultValue("0.9") float jpegQuality) {

	public PhotoPolicy {
		if (maxBytes <= 0 || minWidth <= 0 || minHeight <= 0 || aspectWidth <= 0 || aspectHeight <= 0
				|| aspectTolerance < 0 || maxPixels <= 0) {
			throw new IllegalArgumentException("portal.photo limits must be positive");
		}
		if (jpegQuality <= 0 || jpegQuality > 1) {
			throw new IllegalArgumentException("portal.photo.jpeg-quality must be in (0, 1]");
		}
	}

	/** The size limit as users read it (1 KB = 1024 bytes). */
	public long maxKilobytes() {
		return maxBytes / 1024;
	}

	public double aspectRatio() {
		return (double) aspectWidth / aspectHeight;
	}

	/**
	 * Arguments of the {@code photo.hint} message, in its order: minimum width and height in pixels, the size limit in
	 * KB, then the photo's width and height in millimetres.
	 */
	public Object[] hintArguments() {
		return new Object[] { minWidth, minHeight, maxKilobytes(), aspectWidth, aspectHeight };
	}

}
