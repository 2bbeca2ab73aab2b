package cn.zhicheng.portal.browser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.validation.Masking;

/**
 * Finds full ID and mobile numbers of known people in captured text, however they are written: plain, in groups
 * with spaces or hyphens, in full-width digits, with a lower-case x. Every run of digits (separators between digits
 * dropped) is read at every offset, so a number inside a longer run or split across a PDF cell's lines is found too.
 * What it reports is masked: the report must not leak what it looks for.
 */
final class Disclosures {

	/** Digits and X once the text is NFKC-normalised (full-width -> ASCII) and upper-cased. */
	private static final Pattern RUN = Pattern.compile("[0-9X]+(?:[\\s\\-\\u00A0]+[0-9X]+)*");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u00A0]+");

	private final Set<String> idNumbers = new LinkedHashSet<>();

	private final Set<String> mobiles = new LinkedHashSet<>();

	void idNumber(String idNumber) {
		this.idNumbers.add(idNumber.toUpperCase(Locale.ROOT));
	}

	void mobile(String mobile) {
		this.mobiles.add(mobile);
	}

	int known() {
		return this.idNumbers.size() + this.mobiles.size();
	}

	/** The known numbers in the text, masked ("ID 441802********123X", "mobile 139****1234"), each once. */
	List<String> in(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		Set<String> found = new LinkedHashSet<>();
		Matcher runs = RUN.matcher(normal);
		while (runs.find()) {
			String run = SEPARATORS.matcher(runs.group()).replaceAll("");
			for (int i = 0; i + 11 <= run.length(); i++) {
				String eleven = run.substring(i, i + 11);
				if (this.mobiles.contains(eleven)) {
					found.add("mobile " + Masking.mobile(eleven));
				}
				if (i + 18 <= run.length() && this.idNumbers.contains(run.substring(i, i + 18))) {
					found.add("ID " + Masking.idNumber(run.substring(i, i + 18)));
				}
			}
		}
		return new ArrayList<>(found);
	}

}
