package cn.zhicheng.portal.unit;

import org.jspecify.annotations.Nullable;

/** An employer unit as other capabilities see it. */
public record UnitView(long id, String name, String creditCode, UnitType type, long regionId,
		@Nullable Long supervisingUnitId, boolean nonPublicIntake, UnitStatus status) {
}
