package cn.zhicheng.portal.application.export;

import java.util.Map;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a list export's count and rows as {@link QueueExportQuery} streams a queue: in a read-only transaction, where
 * PostgreSQL's driver fetches {@link QueueExportQuery#FETCH_SIZE} rows at a time from a cursor, so the rows reach the
 * callback one by one and no list of them is ever built. The count and the rows are read in one repeatable-read
 * snapshot, so the total a progress bar is given is the number of rows that follow.
 */
@Component
class ListCursor {

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	ListCursor(DataSource dataSource, PlatformTransactionManager transactions) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(QueueExportQuery.FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	long count(Statement statement) {
		Long count = snapshot.execute(status -> jdbc.queryForObject(statement.count(), statement.params(), Long.class));
		return count == null ? 0 : count;
	}

	/** Counts, hands the count to {@code counted}, then streams the rows to {@code handler}, all in one snapshot. */
	void stream(Statement statement, LongConsumer counted, RowCallbackHandler handler) {
		snapshot.executeWithoutResult(status -> {
			Long count = jdbc.queryForObject(statement.count(), statement.params(), Long.class);
			counted.accept(count == null ? 0 : count);
			jdbc.query(statement.rows(), statement.params(), handler);
		});
	}

	/** A list's count and rows with their named parameters, already scoped to the viewer. */
	record Statement(String count, String rows, Map<String, Object> params) {
	}

}
