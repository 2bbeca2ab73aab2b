/**
 * The public sections every visitor reads (政策法规, 资格条件, 评审通知, 办事指南, 通知公告, 文件下载, 证书查询) and the
 * portal's front page. Administrators write items in Markdown; the HTML is rendered and sanitised once, at save, so
 * no script can reach a visitor. Attachments are checked by their bytes, not by the name or type a browser claims.
 */
@NullMarked
package cn.zhicheng.portal.content;

import org.jspecify.annotations.NullMarked;
