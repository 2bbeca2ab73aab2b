package cn.zhicheng.portal.audit;

import java.util.List;

/**
 * Writes and reads audit records. Writing joins the caller's transaction, so an action and its record stand or fall
 * together; the client address of the current request, if any, is added to every record.
 */
public interface AuditLog {

	/** Records of a page of the administrator's search. */
	int PAGE_SIZE = 50;

	void record(AuditEntry entry);

	/** The newest records about one subject, newest first. */
	List<AuditRecord> about(String subjectType, long subjectId, int limit);

	/**
	 * A page of {@link #PAGE_SIZE} records matching the query, newest first. Administrators only.
	 * @throws org.springframework.security.access.AccessDeniedException unless the signed-in user is an administrator
	 */
	AuditPage search(AuditQuery query);

	/** The actions and the subject types recorded so far, for the search form's choices. */
	Choices choices();

	record Choices(List<String> actions, List<String> subjectTypes) {
	}

}
