package cn.zhicheng.portal.application.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.calendar.WorkingCalendar;
import cn.zhicheng.portal.calendar.YearNotLoadedException;
import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three queues in SQL, each scoped to the reviewer's unit, county or city in the WHERE clause and ordered as an
 * index of V17 reads them: the unit's and county's by time in stage (oldest first), the city's by the committee's
 * intake deadline (earliest first, files without one last) and then time in stage. Keyset paging: the next page
 * starts after the last row shown, so a deep page costs what the first does.
 */
@Component
class ReviewQueries {

	private static final String SELECT = """
			select a.id, a.number, coalesce(a.applicant_name, '') as applicant_name, a.type, a.status,
			       u.name as unit_name, s.name as specialty_name, a.target_level, c.name as committee_name,
			       a.committee_deadline, a.status_changed_at, a.paper_received_at, ua.display_name as claimed_by_name
			from application a
			left join employer_unit u on u.id = a.unit_id
			left join specialty s on s.id = a.specialty_id
			left join committee c on c.id = a.committee_id
			left join user_account ua on ua.id = a.claimed_by
			""";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final ReviewPolicy policy;

	private final Clock clock;

	ReviewQueries(JdbcClient jdbc, WorkingCalendar calendar, ReviewPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.policy = policy;
		this.clock = clock;
	}

	/** One page of the reviewer's queue, plus whether more follow. */
	QueuePage queue(PortalUser reviewer, QueueFilter filter) {
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder(SELECT).append(QueueClause.where(reviewer, filter, args));
		boolean city = reviewer.role() == Role.CITY_REVIEWER;
		String[] after = filter.after() == null ? new String[0] : filter.after().split("\\|");
		if (city && after.length == 3) {
			sql.append(" and (").append(QueueClause.DEADLINE).append(", a.status_changed_at, a.id) > (?, ?, ?)");
			args.add(LocalDate.parse(after[0]));
			args.add(Timestamp.from(Instant.parse(after[1])));
			args.add(Long.parseLong(after[2]));
		}
		else if (!city && after.length == 2) {
			sql.append(" and (a.status_changed_at, a.id) > (?, ?)");
			args.add(Timestamp.from(Instant.parse(after[0])));
			args.add(Long.parseLong(after[1]));
		}
		sql.append(QueueClause.orderBy(reviewer.role())).append(" limit ").append(policy.pageSize() + 1);
		LocalDate today = LocalDate.now(clock);
		List<QueueRow> rows = jdbc.sql(sql.toString()).params(args).query((rs, n) -> row(rs, today)).list();
		boolean more = rows.size() > policy.pageSize();
		List<QueueRow> page = more ? rows.subList(0, policy.pageSize()) : rows;
		String next = more ? keyOf(page.getLast(), city) : null;
		return new QueuePage(page, next);
	}

	private static String keyOf(QueueRow last, boolean city) {
		String tail = last.statusChangedAt() + "|" + last.id();
		if (!city) {
			return tail;
		}
		LocalDate deadline = last.committeeDeadline() == null ? LocalDate.of(9999, 12, 31) : last.committeeDeadline();
		return deadline + "|" + tail;
	}

	private QueueRow row(ResultSet rs, LocalDate today) throws SQLException {
		Instant changed = rs.getTimestamp("status_changed_at").toInstant();
		Integer days = daysInStage(changed, today);
		String level = rs.getString("target_level");
		java.sql.Date deadline = rs.getDate("committee_deadline");
		return new QueueRow(rs.getLong("id"), rs.getString("number"), rs.getString("applicant_name"),
				ApplicationType.valueOf(rs.getString("type")), ApplicationStatus.valueOf(rs.getString("status")),
				rs.getString("unit_name"), rs.getString("specialty_name"),
				level == null ? null : TitleLevel.valueOf(level), rs.getString("committee_name"),
				deadline == null ? null : deadline.toLocalDate(), changed, days,
				days != null && days > policy.overdueWorkingDays(), rs.getString("claimed_by_name"),
				rs.getTimestamp("paper_received_at") != null);
	}

	/** Working days the file has waited since it entered the stage (the entry day not counted). */
	@Nullable Integer daysInStage(Instant since, LocalDate today) {
		LocalDate from = since.atZone(clock.getZone()).toLocalDate().plusDays(1);
		if (from.isAfter(today)) {
			return 0;
		}
		try {
			return calendar.workingDaysBetween(from, today);
		}
		catch (YearNotLoadedException notLoaded) {
			return null;
		}
	}

	record QueuePage(List<QueueRow> rows, @Nullable String next) {
	}

}
