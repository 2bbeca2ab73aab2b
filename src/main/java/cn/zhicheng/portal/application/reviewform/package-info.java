/**
 * The review form 广东省职称评审表 (DOMAIN.md §6.3) as a PDF built from the application, its blank companion forms and
 * the 申报材料清单 (§6.1), so the applicant can print, check and bind before submitting (issue #5 part 5).
 */
@NullMarked
package cn.zhicheng.portal.application.reviewform;

import org.jspecify.annotations.NullMarked;
