package cn.zhicheng.portal.application.attachment;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a plain form POST goes back to. The page names itself in {@code returnTo} (the Referer header may be stripped
 * by the referrer policy or a proxy), and only a path of the same application is accepted, so a crafted link cannot
 * turn the portal into a redirector to another site or another person's pages.
 */
final class ReturnPaths {

	/** Path segments of letters, digits, '-' and '_', an optional simple query and fragment; nothing to decode. */
	private static final Pattern SAFE = Pattern
		.compile("(/[A-Za-z0-9_\\-]+)+/?(\\?[A-Za-z0-9_\\-=&]*)?(#[A-Za-z0-9_\\-]*)?");

	private ReturnPaths() {
	}

	static String safe(long applicationId, @Nullable String returnTo, String fallback) {
		String prefix = "/applicant/applications/" + applicationId + "/";
		if (returnTo != null && returnTo.length() <= 300 && returnTo.startsWith(prefix)
				&& SAFE.matcher(returnTo).matches()) {
			return returnTo;
		}
		return fallback;
	}

}
