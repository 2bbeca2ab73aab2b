package cn.zhicheng.portal.bench;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secondary indexes and foreign keys of the bulk-loaded tables, set aside for the load and put back afterwards in
 * the same transaction. Building an index once over all rows is many times faster than maintaining it row by row (a
 * trigram GIN index above all), and adding a foreign key back makes PostgreSQL check every row in one set-based
 * query instead of one lookup per row: the checks are the schema's own, only done at once. A rebuilt unique index
 * checks its rows as it is built; primary keys, UNIQUE constraints, CHECK constraints and triggers stay in place.
 */
final class Indexes {

	private static final String SECONDARY = """
			select i.indexname, i.indexdef from pg_indexes i
			where i.schemaname = current_schema() and i.tablename = any (?)
			  and not exists (select 1 from pg_constraint c where c.conindid = to_regclass(quote_ident(i.indexname)))
			order by i.tablename, i.indexname""";

	private static final String FOREIGN_KEYS = """
			select c.conname, c.conrelid::regclass::text as tab, pg_get_constraintdef(c.oid) as def
			from pg_constraint c
			where c.contype = 'f' and c.conrelid::regclass::text = any (?)
			order by 2, 1""";

	private record Definition(String name, String table, String sql) {
	}

	private final JdbcTemplate jdbc;

	private final List<Definition> indexes;

	private final List<Definition> foreignKeys;

	private Indexes(JdbcTemplate jdbc, List<Definition> indexes, List<Definition> foreignKeys) {
		this.jdbc = jdbc;
		this.indexes = indexes;
		this.foreignKeys = foreignKeys;
	}

	static Indexes setAside(JdbcTemplate jdbc, String... tables) {
		List<Definition> indexes = jdbc.query(SECONDARY,
				(rs, row) -> new Definition(rs.getString(1), "", rs.getString(2)), (Object) tables);
		List<Definition> foreignKeys = jdbc.query(FOREIGN_KEYS,
				(rs, row) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3)), (Object) tables);
		for (Definition key : foreignKeys) {
			jdbc.execute("alter table " + key.table() + " drop constraint " + key.name());
		}
		for (Definition index : indexes) {
			jdbc.execute("drop index " + index.name());
		}
		return new Indexes(jdbc, indexes, foreignKeys);
	}

	/** Builds the indexes again, then adds the foreign keys back, each checking every row. */
	int restore() {
		jdbc.execute("set local maintenance_work_mem = '512MB'");
		for (Definition index : indexes) {
			jdbc.execute(index.sql());
		}
		for (Definition key : foreignKeys) {
			jdbc.execute("alter table " + key.table() + " add constraint " + key.name() + " " + key.sql());
		}
		return indexes.size() + foreignKeys.size();
	}

}
