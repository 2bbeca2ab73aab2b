package cn.zhicheng.portal.audit;

import java.util.List;

/** Writes and reads audit records. Writing joins the caller's transaction, so an action and its record stand or fall together. */
public interface AuditLog {

	void record(AuditEntry entry);

	/** The newest records about one subject, newest first. */
	List<AuditRecord> about(String subjectType, long subjectId, int limit);

}
