package cn.zhicheng.portal.unit;

import org.jspecify.annotations.Nullable;

/** A unit as its first officer registers it (法人单位账户注册); it starts pending. The credit code is normalised. */
public record NewUnit(String name, String creditCode, UnitType type, long regionId, @Nullable Long supervisingUnitId,
		String address, String contactName, String contactPhone) {
}
