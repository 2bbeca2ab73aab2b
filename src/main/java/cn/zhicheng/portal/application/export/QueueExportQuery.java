package cn.zhicheng.portal.application.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.review.QueueFilter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewer's whole queue, as {@code review/ReviewQueries} scopes, filters and orders it but without paging,
 * streamed from a cursor: PostgreSQL's driver only fetches in batches of {@link #FETCH_SIZE} inside a transaction
 * with autocommit off, so the query runs in a read-only transaction and the rows reach the callback one at a time.
 */
@Component
class QueueExportQuery {

	static final int FETCH_SIZE = 1000;

	private static final List<ApplicationStatus> UNIT = List.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.IN_PUBLIC_NOTICE, ApplicationStatus.HELD_BY_OBJECTION);

	private static final List<ApplicationStatus> COUNTY = List.of(ApplicationStatus.COUNTY_REVIEW);

	private static final List<ApplicationStatus> CITY = List.of(ApplicationStatus.CITY_REVIEW,
			ApplicationStatus.ACCEPTED, ApplicationStatus.IN_COMMITTEE_REVIEW);

	private static final Pattern NUMBER = Pattern.compile("^[A-Za-z]{0,4}\\d{6,}$");

	private static final String SELECT = """
			select a.number, coalesce(a.applicant_name, '') as applicant_name, a.status, u.name as unit_name,
			       s.name as specialty_name, a.target_level, c.name as committee_name, a.committee_deadline,
			       a.status_changed_at
			from application a
			left join employer_unit u on u.id = a.unit_id
			left join specialty s on s.id = a.specialty_id
			left join committee c on c.id = a.committee_id
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	QueueExportQuery(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Calls {@code handler} for each row of the reviewer's queue, in the queue's order. */
	void stream(PortalUser reviewer, QueueFilter filter, RowCallbackHandler handler) {
		List<Object> args = new ArrayList<>();
		String sql = SELECT + where(reviewer, filter, args) + (reviewer.role() == Role.CITY_REVIEWER
				? " order by coalesce(a.committee_deadline, date '9999-12-31'), a.status_changed_at, a.id"
				: " order by a.status_changed_at, a.id");
		readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
			var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
			statement.setFetchSize(FETCH_SIZE);
			for (int i = 0; i < args.size(); i++) {
				statement.setObject(i + 1, args.get(i));
			}
			return statement;
		}, handler));
	}

	/** The number of rows {@link #stream} will give, for the progress bar of a background export. */
	long count(PortalUser reviewer, QueueFilter filter) {
		List<Object> args = new ArrayList<>();
		Long count = jdbc.queryForObject("select count(*) from application a " + where(reviewer, filter, args),
				Long.class, args.toArray());
		return count == null ? 0 : count;
	}

	/** The WHERE clause of the reviewer's queue over {@code application a}: jurisdiction, stages and filters. */
	private static String where(PortalUser reviewer, QueueFilter filter, List<Object> args) {
		StringBuilder sql = new StringBuilder("where ");
		Long scope;
		List<ApplicationStatus> statuses;
		switch (reviewer.role()) {
			case UNIT_HR -> {
				sql.append("a.unit_id = ?");
				scope = reviewer.unitId();
				statuses = UNIT;
			}
			case COUNTY_REVIEWER -> {
				sql.append("a.county_id = ?");
				scope = reviewer.regionId();
				statuses = COUNTY;
			}
			case CITY_REVIEWER -> {
				sql.append("a.city_id = ?");
				scope = reviewer.regionId();
				statuses = CITY;
			}
			default -> throw new IllegalArgumentException("No queue for " + reviewer.role());
		}
		args.add(scope == null ? -1L : scope);
		if (filter.status() != null) {
			statuses = List.of(filter.status());
		}
		sql.append(" and a.status in (")
			.append(String.join(",", statuses.stream().map(s -> "'" + s.name() + "'").toList()))
			.append(")");
		filters(filter, sql, args);
		return sql.toString();
	}

	/** The same filter semantics as the queue page: empty means any; q is a number (exact) or a name (contains). */
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

	/** Reads a column that may be null as the empty cell. */
	static String text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? "" : value;
	}

}
