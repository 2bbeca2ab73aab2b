package cn.zhicheng.portal.onboarding.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the units a decider may approve, newest first. {@code mayApprove} is false for someone with no reach
 * at all (an officer whose own unit is not approved yet), so the page can say why the list is empty.
 */
public record ApprovalQueue(List<PendingUnit> units, @Nullable Long nextBefore, boolean mayApprove) {
}
