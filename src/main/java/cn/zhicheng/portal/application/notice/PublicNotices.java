package cn.zhicheng.portal.application.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.catalog.TitleLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files the public may see, scoped in SQL: in their notice (started, not yet ended) or held by an objection,
 * which stays visible until the unit resolves it. The list walks the partial index application_public_notice_idx by
 * the notice's end date and id.
 */
@Repository
class PublicNotices {

	/** In notice today; a held file stays listed after its end date, since its notice is not over until resolved. */
	private static final String IN_NOTICE = """
			a.status in ('IN_PUBLIC_NOTICE', 'HELD_BY_OBJECTION') and a.notice_starts_on <= :today
			and (a.notice_ends_on >= :today or a.status = 'HELD_BY_OBJECTION')""";

	private static final String ROW = """
			select a.id, a.applicant_name, u.name as unit_name, c.name as city_name, s.name as specialty_name,
			       a.target_level, a.notice_starts_on, a.notice_ends_on, a.status
			from application a
			join employer_unit u on u.id = a.unit_id
			left join region c on c.id = a.city_id
			left join specialty s on s.id = a.specialty_id
			where""" + " " + IN_NOTICE;

	private final JdbcClient jdbc;

	PublicNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} rows after the keyset, optionally only units or cities whose name contains {@code search}. */
	List<NoticeRow> list(LocalDate today, @Nullable String search, @Nullable LocalDate afterEnds,
			@Nullable Long afterId, int limit) {
		StringBuilder sql = new StringBuilder(ROW);
		if (search != null) {
			sql.append(" and (u.name like :pattern escape '\\' or c.name like :pattern escape '\\')");
		}
		if (afterEnds != null && afterId != null) {
			sql.append(" and (a.notice_ends_on, a.id) > (:afterEnds, :afterId)");
		}
		sql.append(" order by a.notice_ends_on, a.id limit :limit");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("today", today).param("limit", limit);
		if (search != null) {
			statement = statement.param("pattern", "%" + search.replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		if (afterEnds != null && afterId != null) {
			statement = statement.param("afterEnds", afterEnds).param("afterId", afterId);
		}
		return statement.query(PublicNotices::row).list();
	}

	Optional<NoticeRow> find(LocalDate today, long id) {
		return jdbc.sql(ROW + " and a.id = :id").param("today", today).param("id", id).query(PublicNotices::row)
			.optional();
	}

	/**
	 * The file's status, locked until the transaction ends, if it is in notice today: objections to one file are
	 * counted, checked for duplicates and stored one at a time, so the limits hold when several arrive at once.
	 */
	Optional<String> lockInNotice(LocalDate today, long id) {
		return jdbc.sql("select a.status from application a where a.id = :id and " + IN_NOTICE + " for update")
			.param("today", today)
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** Locks the file's row until the transaction ends, whatever its status; the caller checks who may act. */
	void lock(long id) {
		jdbc.sql("select id from application where id = :id for update").param("id", id).query(Long.class).optional();
	}

	private static NoticeRow row(ResultSet rs, int rowNum) throws SQLException {
		String level = rs.getString("target_level");
		return new NoticeRow(rs.getLong("id"), nonNull(rs.getString("applicant_name")), rs.getString("unit_name"),
				rs.getString("city_name"), rs.getString("specialty_name"),
				level == null ? null : TitleLevel.valueOf(level), rs.getObject("notice_starts_on", LocalDate.class),
				rs.getObject("notice_ends_on", LocalDate.class), "HELD_BY_OBJECTION".equals(rs.getString("status")));
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

}
