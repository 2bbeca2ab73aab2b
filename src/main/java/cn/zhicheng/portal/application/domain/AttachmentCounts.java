package cn.zhicheng.portal.application.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many files a section of an application holds, for the submit check: a reissue needs its evidence and a 破格
 * file the recommenders' letters. Read from the attachment table directly (same capability), served by its
 * (application_id, section, id) index.
 */
@Component
class AttachmentCounts {

	private final JdbcClient jdbc;

	AttachmentCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int in(long applicationId, String section) {
		return jdbc.sql("select count(*) from application_attachment where application_id = :id and section = :section")
			.param("id", applicationId)
			.param("section", section)
			.query(Integer.class)
			.single();
	}

}
