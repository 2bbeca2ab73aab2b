/**
 * The demo world a new user meets on the zero-setup default (or with {@code --demo}): 清远 and 番禺 regions, units,
 * committees and one account per role, all with the password {@code Demo#2026}.
 */
@NullMarked
package cn.zhicheng.portal.demo;

import org.jspecify.annotations.NullMarked;
