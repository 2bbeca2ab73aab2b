/**
 * What every capability runs on: the database (embedded PostgreSQL by default), security, the clock, locale and
 * error pages. Its public API is {@link cn.zhicheng.portal.system.DatabaseMode} and the clock.
 */
@NullMarked
package cn.zhicheng.portal.system;

import org.jspecify.annotations.NullMarked;
