package cn.zhicheng.portal.validation;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/** What every checker does to its input first. */
final class Normalisation {

	private Normalisation() {
	}

	/**
	 * NFKC turns the full-width digits and letters a Chinese input method types (１１０１…, Ｘ) into ASCII ones; strip
	 * also removes the ideographic space U+3000, which trim keeps.
	 */
	static String compact(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
	}

	static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean allAsciiDigits(CharSequence value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isAsciiDigit(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
