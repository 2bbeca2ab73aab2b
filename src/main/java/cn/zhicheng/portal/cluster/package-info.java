/**
 * 多实例 (issue #11): what the portal's instances must tell each other beyond what they share in PostgreSQL. Each keeps
 * reference data in memory (regions, committees, the catalog, the working calendar); an edit on one instance clears
 * the copies on all of them at once, through PostgreSQL's LISTEN/NOTIFY. Public API:
 * {@link cn.zhicheng.portal.cluster.CacheInvalidation}.
 */
@NullMarked
package cn.zhicheng.portal.cluster;

import org.jspecify.annotations.NullMarked;
