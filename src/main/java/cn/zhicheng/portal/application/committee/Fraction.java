package cn.zhicheng.portal.application.committee;

/**
 * A share such as 2/3, kept as two integers so that "at least two thirds" is decided exactly: {@code part} reaches
 * the share of {@code whole} iff {@code part × denominator ≥ numerator × whole}, with no rounding anywhere. Written
 * in configuration as {@code numerator/denominator}, e.g. {@code portal.committee.quorum=2/3}.
 */
public record Fraction(int numerator, int denominator) {

	public Fraction {
		if (numerator < 1 || denominator < 1 || numerator > denominator) {
			throw new IllegalArgumentException(
					"a share must be n/d with 0 < n <= d, not " + numerator + "/" + denominator);
		}
	}

	/** Reads {@code "2/3"}; Spring's binder finds this method to convert a property. */
	public static Fraction valueOf(String text) {
		String[] parts = text.strip().split("/");
		if (parts.length != 2) {
			throw new IllegalArgumentException("a share is written n/d, e.g. 2/3, not " + text);
		}
		return new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
	}

	/** Whether {@code part} is at least this share of {@code whole}. */
	public boolean reachedBy(int part, int whole) {
		return (long) part * denominator >= (long) numerator * whole;
	}

	/** The least whole number that reaches this share of {@code whole}: ⌈numerator × whole / denominator⌉. */
	public int minimumOf(int whole) {
		return (int) Math.ceilDiv((long) numerator * whole, denominator);
	}

	@Override
	public String toString() {
		return numerator + "/" + denominator;
	}

}
