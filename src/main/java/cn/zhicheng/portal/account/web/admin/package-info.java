/**
 * 用户管理 pages for administrators (issue #3, part 6): find accounts, act on one, open staff accounts with their
 * jurisdiction. The security chain keeps /admin/** to administrators and the service checks again.
 */
@NullMarked
package cn.zhicheng.portal.account.web.admin;

import org.jspecify.annotations.NullMarked;
