package cn.zhicheng.portal.content.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A checked file of an item; the bytes live in the database so a backup holds everything. */
@Entity
@Table(name = "content_attachment")
class ContentAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "item_id")
	private long itemId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	private long size;

	private byte[] bytes;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	@SuppressWarnings("NullAway.Init")
	protected ContentAttachment() {
	}

	ContentAttachment(long itemId, String fileName, String contentType, byte[] bytes, Instant uploadedAt) {
		this.itemId = itemId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = bytes.length;
		this.bytes = bytes;
		this.uploadedAt = uploadedAt;
	}

	long itemId() {
		return this.itemId;
	}

	String fileName() {
		return this.fileName;
	}

	String contentType() {
		return this.contentType;
	}

	byte[] bytes() {
		return this.bytes;
	}

}
