package cn.zhicheng.portal.application.domain;

import java.util.List;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationSummary;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.HistoryEntry;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.catalog.TitleLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models in plain SQL, each scoped by its holder in the WHERE clause and served by an index (V15). */
@Component
class ApplicationQueries {

	/** The advisory-lock key space of starting applications (an arbitrary constant no other lock uses). */
	static final int STARTS = 0x41505031;

	private final JdbcClient jdbc;

	ApplicationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** 我的业务, newest first; an applicant has a handful, the index application_applicant_idx serves it. */
	/**
	 * Holds the applicant's starts of new applications to one at a time until this transaction ends: a PostgreSQL
	 * advisory lock in a key space of its own ({@link #STARTS}), so it needs no row of another module's table.
	 */
	void lockStarts(long applicantId) {
		jdbc.sql("select pg_advisory_xact_lock(:space, :applicant)")
			.param("space", STARTS)
			.param("applicant", (int) (applicantId % Integer.MAX_VALUE))
			.query()
			.singleRow();
	}

	List<ApplicationSummary> mine(long applicantId, int limit) {
		return jdbc.sql("""
				select a.id, a.number, a.type, a.review_year, a.status, s.name as specialty_name, a.target_level,
				       u.name as unit_name, a.status_changed_at, a.updated_at
				from application a
				left join specialty s on s.id = a.specialty_id
				left join employer_unit u on u.id = a.unit_id
				where a.applicant_id = :applicant
				order by a.updated_at desc, a.id desc
				limit :limit""")
			.param("applicant", applicantId)
			.param("limit", limit)
			.query((rs, n) -> new ApplicationSummary(rs.getLong("id"), rs.getString("number"),
					ApplicationType.valueOf(rs.getString("type")), rs.getInt("review_year"),
					ApplicationStatus.valueOf(rs.getString("status")), rs.getString("specialty_name"),
					rs.getString("target_level") == null ? null : TitleLevel.valueOf(rs.getString("target_level")),
					rs.getString("unit_name"), rs.getTimestamp("status_changed_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** The timeline of one application, oldest first, with the actor's display name. */
	List<HistoryEntry> history(long applicationId) {
		return jdbc.sql("""
				select h.action, coalesce(ua.display_name, '') as actor_name, h.actor_role, h.from_status,
				       h.to_status, h.reason, h.happened_at
				from application_history h
				left join user_account ua on ua.id = h.actor_id
				where h.application_id = :application
				order by h.id""")
			.param("application", applicationId)
			.query((rs, n) -> new HistoryEntry(WorkflowAction.valueOf(rs.getString("action")),
					rs.getString("actor_name"), Party.valueOf(rs.getString("actor_role")),
					ApplicationStatus.valueOf(rs.getString("from_status")),
					ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
					rs.getTimestamp("happened_at").toInstant()))
			.list();
	}

}
