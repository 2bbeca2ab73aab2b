package cn.zhicheng.portal.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.portal.audit.AuditCursor;
import cn.zhicheng.portal.audit.AuditPage;
import cn.zhicheng.portal.audit.AuditQuery;
import cn.zhicheng.portal.audit.AuditRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrator's search in SQL: newest first with keyset paging on {@code (occurred_at, id)}, so page 100 costs
 * what page 1 does. Each filter's index is in V19; the conditions are fixed text, the values always parameters.
 */
@Component
class AuditSearch {

	private static final String COLUMNS = """
			select id, actor_id, actor_role, actor_name, action, subject_type, subject_id, detail, client_address,
			       status_before, status_after, occurred_at
			from audit_event where true""";

	/** Columns whose recorded values the form offers; each leads an index, so listing them is a loose index scan. */
	private static final Set<String> LISTABLE = Set.of("action", "subject_type");

	private static final int MAX_CHOICES = 200;

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AuditPage page(AuditQuery query, int size) {
		StringBuilder sql = new StringBuilder(COLUMNS);
		Map<String, Object> params = new LinkedHashMap<>();
		String actor = blankToNull(query.actor());
		if (actor != null && actor.chars().allMatch(Character::isDigit) && actor.length() < 19) {
			condition(sql, params, " and actor_id = :actorId", "actorId", Long.parseLong(actor));
		}
		else if (actor != null) {
			condition(sql, params, " and actor_name = :actorName", "actorName", actor);
		}
		condition(sql, params, " and action = :action", "action", blankToNull(query.action()));
		condition(sql, params, " and subject_type = :subjectType", "subjectType", blankToNull(query.subjectType()));
		condition(sql, params, " and subject_id = :subjectId", "subjectId", query.subjectId());
		condition(sql, params, " and occurred_at >= :from", "from", timestamp(query.from()));
		condition(sql, params, " and occurred_at < :until", "until", timestamp(query.until()));
		AuditCursor after = query.after();
		if (after != null) {
			sql.append(" and (occurred_at, id) < (:afterAt, :afterId)");
			params.put("afterAt", timestamp(after.occurredAt()));
			params.put("afterId", after.id());
		}
		sql.append(" order by occurred_at desc, id desc limit :limit");
		params.put("limit", size + 1);
		List<AuditRecord> rows = jdbc.sql(sql.toString()).params(params).query(AuditSearch::row).list();
		if (rows.size() <= size) {
			return new AuditPage(rows, null);
		}
		AuditRecord last = rows.get(size - 1);
		return new AuditPage(rows.subList(0, size), new AuditCursor(last.occurredAt(), last.id()));
	}

	/** The values recorded in {@code column}, in order: one index probe per value (a loose index scan). */
	List<String> distinct(String column) {
		if (!LISTABLE.contains(column)) {
			throw new IllegalArgumentException(column);
		}
		String sql = """
				with recursive found(value) as (
				    (select %1$s from audit_event order by %1$s limit 1)
				    union all
				    select (select e.%1$s from audit_event e where e.%1$s > found.value order by e.%1$s limit 1)
				    from found where found.value is not null)
				select value from found where value is not null limit %2$d""".formatted(column, MAX_CHOICES);
		return jdbc.sql(sql).query(String.class).list();
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String text, String name,
			@Nullable Object value) {
		if (value != null) {
			sql.append(text);
			params.put(name, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static AuditRecord row(ResultSet rs, int rowNum) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getObject("actor_id", Long.class), rs.getString("actor_role"),
				rs.getString("actor_name"), rs.getString("action"), rs.getString("subject_type"),
				rs.getObject("subject_id", Long.class), rs.getString("detail"), rs.getString("client_address"),
				rs.getString("status_before"), rs.getString("status_after"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
	}

}
