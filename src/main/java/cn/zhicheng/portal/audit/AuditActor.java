package cn.zhicheng.portal.audit;

/**
 * A signed-in principal the trail can name by account id. The account module's user implements it, so a module that
 * must not know accounts (the catalog, the calendar, content) can still record the administrator who acted: see
 * {@link AuditEntry#bySignedIn}.
 */
public interface AuditActor {

	long id();

}
