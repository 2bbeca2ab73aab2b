package cn.zhicheng.portal.application.reviewform;

import cn.zhicheng.portal.application.FilingStep;

/** A value the review form boxed in red: what is missing ({@code label}, in Chinese) and the step that fills it. */
public record Missing(FilingStep step, String label) {
}
