package cn.zhicheng.portal.audit.domain;

import java.util.List;

import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each filter of the administrator's search is an index range read in the page's order, with no sort: the plan names
 * the filter's index (or, with two filters, the other one's) and no Sort node. Sequential and bitmap scans are off: the
 * test table is too small for the planner to prefer an index on its own.
 */
@PortalTest
class AuditIndexTests {

	private static final String PAGE = " and occurred_at >= now() - interval '30 days'"
			+ " and (occurred_at, id) < (now(), 9223372036854775807) order by occurred_at desc, id desc limit 51";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"true | audit_event_occurred_idx",
			"subject_type = 'APPLICATION' and subject_id = 1 | audit_event_subject_idx audit_event_subject_type_idx",
			"subject_type = 'APPLICATION' | audit_event_subject_type_idx",
			"actor_id = 1 | audit_event_actor_id_idx",
			"actor_name = 'demo-admin' and action = 'USER_ENABLED' | audit_event_actor_name_idx audit_event_action_idx",
			"action = 'WITHDRAW' | audit_event_action_idx" })
	void everyFilterIsServedByAnIndexInPageOrder(String filter, String indexes) {
		List<String> plan = transactions.execute(status -> {
			jdbc.execute("set local enable_seqscan = off");
			jdbc.execute("set local enable_bitmapscan = off");
			return jdbc.queryForList("explain select id from audit_event where " + filter + PAGE, String.class);
		});
		String text = String.join("\n", plan);
		assertThat(text).doesNotContain("Sort")
			.containsPattern("Index (Only )?Scan using (" + indexes.replace(' ', '|') + ") ");
	}

}
