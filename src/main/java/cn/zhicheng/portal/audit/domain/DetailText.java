package cn.zhicheng.portal.audit.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

/**
 * Makes free text fit for the trail: any 18-character ID number or 11-digit mobile number in it is masked as pages
 * mask them ({@link Masking}; PIPL's minimum-necessary principle, issue #3), then the text is cut to the column.
 * Reviewers' reasons are typed by people and may quote a number; the trail is read by administrators and kept for
 * months, so the number must not survive into it.
 */
final class DetailText {

	/** The {@code detail} column's length, in characters (PostgreSQL counts code points). */
	static final int MAX_LENGTH = 500;

	private static final String ELLIPSIS = "…";

	/** Not part of a longer run of letters and digits: a bank account or credit code is left alone. */
	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");

	/** A mainland mobile, written whole or in 3-4-4 groups, optionally after +86 (kept, as it identifies no one). */
	private static final Pattern MOBILE = Pattern
		.compile("(?<![0-9A-Za-z])(\\+?86[- ]?)?(1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})(?![0-9A-Za-z])");

	private DetailText() {
	}

	static @Nullable String of(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return truncate(scrub(text.strip()), MAX_LENGTH);
	}

	static String scrub(String text) {
		Matcher ids = ID_NUMBER.matcher(text);
		String scrubbed = ids.replaceAll(found -> Matcher.quoteReplacement(Masking.idNumber(found.group())));
		Matcher mobiles = MOBILE.matcher(scrubbed);
		return mobiles.replaceAll(found -> Matcher.quoteReplacement(Objects.toString(found.group(1), "")
				+ Masking.mobile(found.group(2) + found.group(3) + found.group(4))));
	}

	/** At most {@code max} code points, so a character outside the BMP (a rare name character) is never split. */
	static String truncate(String text, int max) {
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		int end = text.offsetByCodePoints(0, max - 1);
		return text.substring(0, end) + ELLIPSIS;
	}

}
