package cn.zhicheng.portal.application.domain;

import cn.zhicheng.portal.application.FilingStep;

/** One reason of a return: the step (section) it concerns and what to fix there. */
public record ReturnReasonInput(FilingStep section, String text) {
}
