/**
 * The standard identifiers people and units are known by — 居民身份证号 (GB 11643), 统一社会信用代码 (GB 32100) and
 * mainland mobile numbers (DOMAIN.md §5) — how they are checked, and how they are masked wherever the full value is
 * not needed. Public API: the checkers, the Bean Validation constraints and {@link cn.zhicheng.portal.validation.Masking}.
 */
@NullMarked
package cn.zhicheng.portal.validation;

import org.jspecify.annotations.NullMarked;
