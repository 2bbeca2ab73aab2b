/**
 * The review chain's pages (issue #6): the unit's, county's and city's queues and their view of a file, and the
 * decisions each may take. Every load goes through {@code ReviewService}, scoped in SQL to the reviewer.
 */
@NullMarked
package cn.zhicheng.portal.application.review;

import org.jspecify.annotations.NullMarked;
