/**
 * Who may sign in and what they are: accounts of the five roles, their unit or region, password policy and lockout.
 * Public API: {@link cn.zhicheng.portal.account.Role}, {@link cn.zhicheng.portal.account.PortalUser} (the signed-in
 * principal), {@link cn.zhicheng.portal.account.PasswordPolicy}, {@link cn.zhicheng.portal.account.Accounts}
 * and the login failure handler the security chain uses.
 */
@NullMarked
package cn.zhicheng.portal.account;

import org.jspecify.annotations.NullMarked;
