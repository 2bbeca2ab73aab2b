/**
 * Committee results (评委会评审结果, issue #6 part 6): a committee's session with its quorum, one vote per file that
 * passes or fails it through the review workflow, and the 评后公示 of the passed candidates on a public page, after
 * which the results are final (DOMAIN.md §6.3 十二, §7.1 steps 5–6).
 */
@NullMarked
package cn.zhicheng.portal.application.committee;

import org.jspecify.annotations.NullMarked;
