/**
 * Unit onboarding (法人单位账户注册 and 单位审核, issue #3 part 2): a unit registers with its first HR officer, its
 * supervising unit or the county or city bureau approves it, and its officers then keep its profile and officers.
 * This module joins {@code unit} (which knows no accounts) with {@code account}; nothing depends on it, so it has no
 * public API.
 */
@NullMarked
package cn.zhicheng.portal.onboarding;

import org.jspecify.annotations.NullMarked;
