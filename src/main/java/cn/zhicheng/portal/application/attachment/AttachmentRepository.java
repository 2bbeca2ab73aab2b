package cn.zhicheng.portal.application.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attachments' metadata. Every query names the application, which the service has already found among the
 * applicant's own, so an attachment id from another application is simply not found.
 */
@Repository
class AttachmentRepository {

	private static final String VIEW = """
			select id, section, file_name, content_type, size_bytes, uploaded_at from application_attachment""";

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a file may be added to, now and until the transaction ends: two uploads at once cannot both fit. */
	String lockStatus(long applicationId) {
		return jdbc.sql("select status from application where id = :id for update")
			.param("id", applicationId)
			.query(String.class)
			.single();
	}

	List<AttachmentView> list(long applicationId) {
		return jdbc.sql(VIEW + " where application_id = :application order by section, id")
			.param("application", applicationId)
			.query(AttachmentRepository::view)
			.list();
	}

	Optional<AttachmentView> find(long applicationId, long id) {
		return jdbc.sql(VIEW + " where application_id = :application and id = :id")
			.param("application", applicationId)
			.param("id", id)
			.query(AttachmentRepository::view)
			.optional();
	}

	/** The section's file count, the application's total bytes, and whether the section already holds this file. */
	Usage usage(long applicationId, AttachmentSection section, String sha256) {
		return jdbc.sql("""
				select count(*) filter (where section = :section) as files_in_section,
				       coalesce(sum(size_bytes), 0) as bytes_in_application,
				       coalesce(bool_or(section = :section and sha256 = :sha256), false) as duplicate
				from application_attachment where application_id = :application""")
			.param("application", applicationId)
			.param("section", section.name())
			.param("sha256", sha256)
			.query(Usage.class)
			.single();
	}

	long insert(long applicationId, AttachmentSection section, String fileName, String contentType, long sizeBytes,
			String sha256, long uploadedBy, Instant uploadedAt) {
		return jdbc.sql("""
				insert into application_attachment (application_id, section, file_name, content_type, size_bytes,
				                                    sha256, uploaded_by, uploaded_at)
				values (:application, :section, :fileName, :contentType, :size, :sha256, :uploadedBy, :uploadedAt)
				returning id""")
			.param("application", applicationId)
			.param("section", section.name())
			.param("fileName", fileName)
			.param("contentType", contentType)
			.param("size", sizeBytes)
			.param("sha256", sha256)
			.param("uploadedBy", uploadedBy)
			.param("uploadedAt", Timestamp.from(uploadedAt))
			.query(Long.class)
			.single();
	}

	void delete(long applicationId, long id) {
		jdbc.sql("delete from application_attachment where application_id = :application and id = :id")
			.param("application", applicationId)
			.param("id", id)
			.update();
	}

	private static AttachmentView view(ResultSet rs, int row) throws SQLException {
		return new AttachmentView(rs.getLong("id"), AttachmentSection.valueOf(rs.getString("section")),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	record Usage(int filesInSection, long bytesInApplication, boolean duplicate) {
	}

}
