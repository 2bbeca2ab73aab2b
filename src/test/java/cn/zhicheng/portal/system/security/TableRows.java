package cn.zhicheng.portal.system.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row of every table as a hash, to tell what a run of requests changed in the database: rows removed or
 * altered, rows added, tables gone. Tables written by design whatever the request (the audit trail, the scheduler's
 * locks) are left out.
 */
final class TableRows {

	/**
	 * Written by design on requests that do nothing else: the audit trail, the sessions (any request may start one),
	 * the scheduler's locks and runs.
	 */
	static final Set<String> GROW_BY_DESIGN = Set.of("audit_event", "spring_session", "spring_session_attributes",
			"shedlock", "job_run", "flyway_schema_history");

	private TableRows() {
	}

	/** Table name to the sorted hashes of its rows. */
	static Map<String, List<String>> snapshot(JdbcClient jdbc) {
		Map<String, List<String>> tables = new TreeMap<>();
		for (String table : jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list()) {
			if (!GROW_BY_DESIGN.contains(table)) {
				tables.put(table, jdbc.sql("select md5(t::text) from \"" + table + "\" t order by 1")
					.query(String.class)
					.list());
			}
		}
		return tables;
	}

	/**
	 * A line for each table gone and each table changed: in any way when {@code strict} (reading pages changes
	 * nothing), otherwise when more than half its rows (and more than one) were removed or altered. An injected
	 * always-true condition or a stacked update reaches every row of a table; a form changes the caller's own few.
	 */
	static List<String> changes(Map<String, List<String>> before, Map<String, List<String>> after, boolean strict) {
		List<String> changes = new ArrayList<>();
		before.forEach((table, rows) -> {
			List<String> now = after.get(table);
			if (now == null) {
				changes.add("table " + table + " is gone");
				return;
			}
			Map<String, Integer> left = new HashMap<>();
			now.forEach(row -> left.merge(row, 1, Integer::sum));
			int altered = 0;
			for (String row : rows) {
				if (left.merge(row, -1, Integer::sum) < 0) {
					altered++;
				}
			}
			int added = now.size() - rows.size() + altered;
			if (altered + added > 0) {
				System.out.printf("  %s: %d rows, %d removed or altered, %d added%n", table, rows.size(), altered, added);
			}
			if (strict ? altered + added > 0 : altered > 1 && altered > rows.size() / 2) {
				changes.add("table " + table + ": " + altered + " of " + rows.size() + " rows removed or altered, "
						+ added + " added");
			}
		});
		return changes;
	}

}
