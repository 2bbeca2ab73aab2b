package cn.zhicheng.portal.calendar;

/**
 * What a day is for counting working days. {@code HOLIDAY} and {@code ADJUSTED_WORKDAY} are the exceptions a State
 * Council notice declares; the other two follow from the day of the week.
 */
public enum DayKind {

	WORKDAY, WEEKEND, HOLIDAY, ADJUSTED_WORKDAY;

	public boolean working() {
		return this == WORKDAY || this == ADJUSTED_WORKDAY;
	}

}
