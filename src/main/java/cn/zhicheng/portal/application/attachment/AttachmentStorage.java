package cn.zhicheng.portal.application.attachment;

/**
 * Where an attachment's bytes live, keyed by the attachment's id; the metadata, the limits and the access checks
 * stay in {@code application_attachment} whatever the storage. The default, {@link DatabaseAttachmentStorage}, keeps
 * the bytes in PostgreSQL: every instance of the portal already shares the database, an upload commits together
 * with its metadata in one transaction, and a backup stays one dump. A filesystem or object-store implementation
 * replaces it by being declared {@code @Primary}; it must then store within the caller's transaction or tolerate a
 * rollback (write first, remove orphans later), since {@link #store} runs before the metadata commits.
 */
public interface AttachmentStorage {

	void store(long attachmentId, byte[] bytes);

	/** @throws AttachmentNotFoundException when no bytes are stored for the id */
	byte[] load(long attachmentId);

	void delete(long attachmentId);

}
