/**
 * Business applications (业务申请, issue #5): the four business types, the filing wizard's answers, the personal
 * records an application uses, submit, withdraw and resubmit, and the workflow table every status change goes through.
 * Review stages (issue #6) extend the same table. Public API: {@link cn.zhicheng.portal.application.Applications},
 * {@link cn.zhicheng.portal.application.Workflow}, the views and the events.
 */
@NullMarked
package cn.zhicheng.portal.application;

import org.jspecify.annotations.NullMarked;
