package cn.zhicheng.portal.application.pack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The committee material pack ({@code portal.pack.*}). The watermark is light enough to read the form through and
 * dark enough to survive a photocopy; a pack holds at most {@code max-files} application files, so one request cannot
 * occupy the background worker for hours (a file carries up to 100 MB of attachments).
 *
 * @param watermarkOpacity fill opacity of the watermark text, 0 (invisible) to 1
 * @param watermarkFontSize size in points of the watermark's second line; the first (the recipient) is a third larger
 * @param watermarkGrey grey level of the watermark text, 0 (black) to 255 (white)
 * @param maxFiles most application files in one pack
 * @param baseUrl the portal's address for the links in a review form's red boxes (blank: links without a host)
 */
@ConfigurationProperties("portal.pack")
public record PackProperties(@DefaultValue("0.22") float watermarkOpacity, @DefaultValue("13") float watermarkFontSize,
		@DefaultValue("120") int watermarkGrey, @DefaultValue("300") int maxFiles, @DefaultValue("") String baseUrl) {

	public PackProperties {
		if (watermarkOpacity <= 0 || watermarkOpacity > 1) {
			throw new IllegalArgumentException("portal.pack.watermark-opacity must be in (0, 1]");
		}
		if (watermarkFontSize < 4 || watermarkFontSize > 72) {
			throw new IllegalArgumentException("portal.pack.watermark-font-size must be 4–72 points");
		}
		if (watermarkGrey < 0 || watermarkGrey > 255) {
			throw new IllegalArgumentException("portal.pack.watermark-grey must be 0–255");
		}
		if (maxFiles <= 0) {
			throw new IllegalArgumentException("portal.pack.max-files must be positive");
		}
	}

}
