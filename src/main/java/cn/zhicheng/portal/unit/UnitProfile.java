package cn.zhicheng.portal.unit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A unit with its contact details and the decision on its registration. The contact phone is the unit's, given for
 * the unit; pages that list many units still mask it.
 */
public record UnitProfile(long id, String name, String creditCode, UnitType type, long regionId,
		@Nullable Long supervisingUnitId, UnitStatus status, @Nullable String address, @Nullable String contactName,
		@Nullable String contactPhone, Instant createdAt, @Nullable Instant decidedAt,
		@Nullable String decisionReason, long version) {

	public boolean approved() {
		return status == UnitStatus.APPROVED;
	}

}
