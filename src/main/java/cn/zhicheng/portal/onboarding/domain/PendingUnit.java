package cn.zhicheng.portal.onboarding.domain;

import java.time.LocalDateTime;

import cn.zhicheng.portal.unit.UnitType;
import org.jspecify.annotations.Nullable;

/**
 * A unit awaiting a decision, as the approval list shows it: names resolved, the contact phone masked, the time in
 * the portal's zone.
 */
public record PendingUnit(long id, String name, String creditCode, UnitType type, String regionName,
		@Nullable String supervisingUnitName, String address, String contactName, String maskedContactPhone,
		LocalDateTime submittedAt) {
}
