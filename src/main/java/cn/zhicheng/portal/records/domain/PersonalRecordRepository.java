package cn.zhicheng.portal.records.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.records.RecordEntry;
import cn.zhicheng.portal.records.StoredRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the five record tables. Every statement names the owner, so one person's id can never reach another's
 * record; changes also require {@code archived_at is null}, which the tables' triggers enforce a second time.
 */
@Repository
class PersonalRecordRepository {

	private final JdbcClient jdbc;

	PersonalRecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredRecord<RecordEntry>> list(RecordTable table, long ownerId) {
		return jdbc.sql("select * from " + table.name + " where owner_id = ? order by " + table.order)
			.param(ownerId)
			.query(mapper(table))
			.list();
	}

	Optional<StoredRecord<RecordEntry>> find(RecordTable table, long ownerId, long id) {
		return jdbc.sql("select * from " + table.name + " where id = ? and owner_id = ?")
			.params(id, ownerId)
			.query(mapper(table))
			.optional();
	}

	long insert(RecordTable table, long ownerId, RecordEntry entry) {
		String columns = String.join(", ", table.columns);
		String marks = String.join(", ", table.columns.stream().map(column -> "?").toList());
		List<@Nullable Object> params = new ArrayList<>();
		params.add(ownerId);
		params.addAll(RecordTable.values(entry));
		return jdbc
			.sql("insert into " + table.name + " (owner_id, " + columns + ") values (?, " + marks + ") returning id")
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Zero when the record is not the owner's, is archived, or has another version. */
	int update(RecordTable table, long ownerId, long id, long version, RecordEntry entry) {
		String assignments = String.join(", ", table.columns.stream().map(column -> column + " = ?").toList());
		List<@Nullable Object> params = new ArrayList<>(RecordTable.values(entry));
		params.addAll(List.of(id, ownerId, version));
		return jdbc
			.sql("update " + table.name + " set " + assignments + ", version = version + 1"
					+ " where id = ? and owner_id = ? and version = ? and archived_at is null")
			.params(params)
			.update();
	}

	int delete(RecordTable table, long ownerId, long id) {
		return jdbc.sql("delete from " + table.name + " where id = ? and owner_id = ? and archived_at is null")
			.params(id, ownerId)
			.update();
	}

	boolean yearTaken(RecordTable table, long ownerId, int year, long exceptId) {
		return jdbc
			.sql("select exists (select 1 from " + table.name
					+ " where owner_id = ? and year = ? and archived_at is null and id <> ?)")
			.params(ownerId, year, exceptId)
			.query(Boolean.class)
			.single();
	}

	int archiveAll(RecordTable table, long ownerId, Instant at) {
		return jdbc
			.sql("update " + table.name + " set archived_at = ?, version = version + 1"
					+ " where owner_id = ? and archived_at is null")
			.params(OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), ownerId)
			.update();
	}

	private static RowMapper<StoredRecord<RecordEntry>> mapper(RecordTable table) {
		return (rs, row) -> {
			OffsetDateTime archived = rs.getObject("archived_at", OffsetDateTime.class);
			return new StoredRecord<>(rs.getLong("id"), rs.getLong("version"),
					archived == null ? null : archived.toInstant(), table.read(rs));
		};
	}

}
