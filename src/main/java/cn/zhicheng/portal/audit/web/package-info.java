/**
 * The administrator's pages of the audit trail: the search (审计日志).
 */
@NullMarked
package cn.zhicheng.portal.audit.web;

import org.jspecify.annotations.NullMarked;
