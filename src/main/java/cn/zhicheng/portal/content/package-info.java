/**
 * The public sections every visitor reads (政策法规, 资格条件, 评审通知, 办事指南, 通知公告, 文件下载, 证书查询) and the
 * portal's front page. Sections not built yet show a plain "建设中" page.
 */
@NullMarked
package cn.zhicheng.portal.content;

import org.jspecify.annotations.NullMarked;
