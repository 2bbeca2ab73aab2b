package cn.zhicheng.portal.account.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The applicant's 大一寸 photo as stored: the re-encoded JPEG, never the bytes that were uploaded. */
@Entity
class PersonPhoto {

	@Id
	private Long accountId;

	private byte[] content;

	private int width;

	private int height;

	private Instant uploadedAt;

	protected PersonPhoto() {
	}

	PersonPhoto(long accountId, byte[] content, int width, int height, Instant uploadedAt) {
		this.accountId = accountId;
		this.content = content;
		this.width = width;
		this.height = height;
		this.uploadedAt = uploadedAt;
	}

	void replace(byte[] content, int width, int height, Instant uploadedAt) {
		this.content = content;
		this.width = width;
		this.height = height;
		this.uploadedAt = uploadedAt;
	}

	byte[] content() {
		return content;
	}

}
