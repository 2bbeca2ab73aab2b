package cn.zhicheng.portal.calendar;

/**
 * A date fell in a year whose holiday notice has not been loaded. Weekends alone would be a guess, and a wrong 公示 end
 * date can get an application refused (不予受理), so the calendar refuses to answer instead.
 */
public class YearNotLoadedException extends RuntimeException {

	private final int year;

	public YearNotLoadedException(int year) {
		super("The working-day calendar for " + year + " is not loaded");
		this.year = year;
	}

	public int year() {
		return year;
	}

}
