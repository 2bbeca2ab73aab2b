package cn.zhicheng.portal.application.review;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;

/**
 * What makes a reviewer's queue, in SQL over {@code application a}, for the queue page and its exports alike: the
 * jurisdiction (the unit's, county's or city's files), the stages the role works on, the page's filters, and the order
 * an index reads them in (V17, V29).
 */
public final class QueueClause {

	static final List<ApplicationStatus> UNIT = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PUBLIC_NOTICE,
			ApplicationStatus.HELD_BY_OBJECTION);

	static final List<ApplicationStatus> COUNTY = List.of(ApplicationStatus.COUNTY_REVIEW);

	static final List<ApplicationStatus> CITY = List.of(ApplicationStatus.CITY_REVIEW, ApplicationStatus.ACCEPTED,
			ApplicationStatus.IN_COMMITTEE_REVIEW);

	/** The city's sort key: files without a committee (recognitions, commissions) sort after every deadline. */
	static final String DEADLINE = "coalesce(a.committee_deadline, date '9999-12-31')";

	private static final Pattern NUMBER = Pattern.compile("^[A-Za-z]{0,4}\\d{6,}$");

	private QueueClause() {
	}

	/**
	 * The WHERE clause of the reviewer's queue with the filters applied, its parameters added to {@code args}.
	 * @throws IllegalArgumentException for a role without a queue
	 */
	public static String where(PortalUser reviewer, QueueFilter filter, List<Object> args) {
		StringBuilder sql = new StringBuilder("where ");
		List<ApplicationStatus> stages;
		Long scope;
		switch (reviewer.role()) {
			case UNIT_HR -> {
				sql.append("a.unit_id = ?");
				scope = reviewer.unitId();
				stages = UNIT;
			}
			case COUNTY_REVIEWER -> {
				sql.append("a.county_id = ?");
				scope = reviewer.regionId();
				stages = COUNTY;
			}
			case CITY_REVIEWER -> {
				sql.append("a.city_id = ?");
				scope = reviewer.regionId();
				stages = CITY;
			}
			default -> throw new IllegalArgumentException("No queue for " + reviewer.role());
		}
		args.add(scope == null ? -1L : scope);
		List<ApplicationStatus> statuses = filter.status() != null ? List.of(filter.status()) : stages;
		sql.append(" and a.status in (")
			.append(String.join(",", statuses.stream().map(s -> "'" + s.name() + "'").toList()))
			.append(")");
		filters(filter, sql, args);
		return sql.toString();
	}

	/** The queue's ORDER BY: the city's by committee deadline, then time in stage; the others by time in stage. */
	public static String orderBy(Role role) {
		return role == Role.CITY_REVIEWER ? " order by " + DEADLINE + ", a.status_changed_at, a.id"
				: " order by a.status_changed_at, a.id";
	}

	/** Empty means any; q is an application number (exact) or a name (contains, wildcards escaped). */
	private static void filters(QueueFilter filter, StringBuilder sql, List<Object> args) {
		if (filter.committeeId() != null) {
			sql.append(" and a.committee_id = ?");
			args.add(filter.committeeId());
		}
		if (filter.specialtyId() != null) {
			sql.append(" and a.specialty_id = ?");
			args.add(filter.specialtyId());
		}
		if (filter.level() != null) {
			sql.append(" and a.target_level = ?");
			args.add(filter.level().name());
		}
		if (filter.countyId() != null) {
			sql.append(" and a.county_id = ?");
			args.add(filter.countyId());
		}
		String q = filter.query();
		if (q != null) {
			if (NUMBER.matcher(q).matches()) {
				sql.append(" and a.number = ?");
				args.add(q.toUpperCase(Locale.ROOT));
			}
			else {
				sql.append(" and a.applicant_name ilike ?");
				args.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
		}
	}

}
