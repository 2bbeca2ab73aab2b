package cn.zhicheng.portal.application.dashboard;

/**
 * Working days counted in SQL as the queues count them in Java ({@code ReviewQueries.daysInStage}): the working days
 * after the day a file entered a stage up to and including the day it left (or today), the entry day not counted,
 * both days taken in the portal's time zone. Each day of the range gets an ordinal, the number of working days up to
 * and including it; a stay lasts {@code ordinal(left) - ordinal(entered)} working days.
 *
 * <p>
 * A day is a working day by the rule of {@link cn.zhicheng.portal.calendar.WorkingCalendar} (DOMAIN.md §4.1):
 * Monday to Friday unless {@code calendar_day} declares it a HOLIDAY, and a weekend day it declares an
 * ADJUSTED_WORKDAY. A year whose notice is not loaded has no rows there, so its days fall back to Monday to Friday:
 * the queues show no count for such a year, the dashboard counts weekdays and says which years it did so for.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * CTEs {@code working_day(day, working)} and {@code ordinal(day, n)} over the days from {@code first} to
	 * {@code last}, two SQL date expressions (for example subqueries over an earlier CTE).
	 */
	static String ctes(String first, String last) {
		return """
				working_day as (
				    select d::date as day,
				           coalesce(cd.kind = 'ADJUSTED_WORKDAY', extract(isodow from d) < 6) as working
				    from generate_series((%s)::timestamp, (%s)::timestamp, interval '1 day') as d
				    left join calendar_day cd on cd.day = d::date
				),
				ordinal as (
				    select day, sum(case when working then 1 else 0 end) over (order by day) as n from working_day
				)""".formatted(first, last);
	}

}
