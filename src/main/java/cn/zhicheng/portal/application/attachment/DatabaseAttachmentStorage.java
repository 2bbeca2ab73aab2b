package cn.zhicheng.portal.application.attachment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bytes in {@code application_attachment_content}, written in the same transaction as their metadata. */
@Component
class DatabaseAttachmentStorage implements AttachmentStorage {

	private final JdbcClient jdbc;

	DatabaseAttachmentStorage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void store(long attachmentId, byte[] bytes) {
		jdbc.sql("insert into application_attachment_content (attachment_id, content) values (:id, :content)")
			.param("id", attachmentId)
			.param("content", bytes)
			.update();
	}

	@Override
	public byte[] load(long attachmentId) {
		return jdbc.sql("select content from application_attachment_content where attachment_id = :id")
			.param("id", attachmentId)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
	}

	@Override
	public void delete(long attachmentId) {
		jdbc.sql("delete from application_attachment_content where attachment_id = :id")
			.param("id", attachmentId)
			.update();
	}

}
