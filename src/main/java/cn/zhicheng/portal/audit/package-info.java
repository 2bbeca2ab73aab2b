/**
 * The audit trail: who did what to whom and when — a reviewer revealing a full ID number, an administrator
 * resetting a password. Records are append-only (the database refuses changes). Public API:
 * {@link cn.zhicheng.portal.audit.AuditLog}.
 */
@NullMarked
package cn.zhicheng.portal.audit;

import org.jspecify.annotations.NullMarked;
