/**
 * The audit trail: who did what to whom, when and from which client address — a reviewer revealing a full ID number,
 * an administrator resetting a password, every workflow action on an application with its status before and after.
 * Records are append-only (the database refuses changes, and deletes of records younger than six months) and are kept
 * for {@code portal.audit.retention}. Public API: {@link cn.zhicheng.portal.audit.AuditLog} and its records.
 */
@NullMarked
package cn.zhicheng.portal.audit;

import org.jspecify.annotations.NullMarked;
