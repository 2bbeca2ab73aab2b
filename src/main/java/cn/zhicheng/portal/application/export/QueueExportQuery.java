package cn.zhicheng.portal.application.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.review.QueueClause;
import cn.zhicheng.portal.application.review.QueueFilter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewer's whole queue, scoped, filtered and ordered by the page's own {@link QueueClause} but without paging,
 * streamed from a cursor: PostgreSQL's driver only fetches in batches of {@link #FETCH_SIZE} inside a transaction
 * with autocommit off, so the query runs in a read-only transaction and the rows reach the callback one at a time.
 */
@Component
class QueueExportQuery {

	static final int FETCH_SIZE = 1000;

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
		String sql = SELECT + QueueClause.where(reviewer, filter, args) + QueueClause.orderBy(reviewer.role());
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
		String sql = "select count(*) from application a " + QueueClause.where(reviewer, filter, args);
		Long count = jdbc.queryForObject(sql, Long.class, args.toArray());
		return count == null ? 0 : count;
	}

	/** Reads a column that may be null as the empty cell. */
	static String text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? "" : value;
	}

}
