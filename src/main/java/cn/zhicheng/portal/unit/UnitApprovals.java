package cn.zhicheng.portal.unit;

import org.jspecify.annotations.Nullable;

/**
 * 单位审核: the pending units a decider may see, and the decision on one. A unit outside the scope, or no longer
 * pending, is reported as not found, so a decider learns nothing about units beyond their reach.
 */
public interface UnitApprovals {

	/** Pending units in the scope, newest first, with ids below {@code before} (all when null). */
	UnitPage pending(ApprovalScope scope, @Nullable Long before, int size);

	/** @throws UnitNotFoundException unless the unit is pending and within the scope */
	UnitProfile approve(long unitId, ApprovalScope scope, long deciderId);

	/** A pending unit within the scope, as a decision would find it. @throws UnitNotFoundException otherwise */
	UnitProfile pending(long unitId, ApprovalScope scope);

	/** @throws UnitNotFoundException unless the unit is pending and within the scope */
	UnitProfile reject(long unitId, ApprovalScope scope, long deciderId, String reason);

}
