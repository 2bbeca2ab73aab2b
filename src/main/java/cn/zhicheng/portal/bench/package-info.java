/**
 * The province-scale data set of issue #9: a seeded generator that loads a million applications through the real
 * schema by COPY, so benchmarks and the no-sequential-scan test run against the volumes of 广东省.
 */
@NullMarked
package cn.zhicheng.portal.bench;

import org.jspecify.annotations.NullMarked;
