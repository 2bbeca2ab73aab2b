package cn.zhicheng.portal.application.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.zhicheng.portal.records.RecordKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which personal records an application uses (application_record). A page shows some records of one kind and the
 * applicant ticks the ones to use: {@link #replace} changes the choice among the shown records only, so the 获现资格之前
 * and 业绩成果 pages each keep the other's choice.
 */
@Component
class RecordSelection {

	private final JdbcClient jdbc;

	RecordSelection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<Long> chosen(long applicationId, RecordKind kind) {
		return new HashSet<>(jdbc.sql("""
				select record_id from application_record where application_id = :application and kind = :kind""")
			.param("application", applicationId)
			.param("kind", kind.name())
			.query(Long.class)
			.list());
	}

	void replace(long applicationId, RecordKind kind, Collection<Long> shown, Collection<Long> chosen) {
		if (!shown.isEmpty()) {
			jdbc.sql("""
					delete from application_record
					where application_id = :application and kind = :kind and record_id in (:shown)""")
				.param("application", applicationId)
				.param("kind", kind.name())
				.param("shown", List.copyOf(shown))
				.update();
		}
		for (long recordId : chosen) {
			jdbc.sql("""
					insert into application_record (application_id, kind, record_id) values (:application, :kind, :id)
					on conflict do nothing""")
				.param("application", applicationId)
				.param("kind", kind.name())
				.param("id", recordId)
				.update();
		}
	}

}
