package cn.zhicheng.portal.unit;

/**
 * The parts of a unit its own officers may change. Name, credit code, type, region and supervising unit change only
 * through the bureau. {@code version} is the one the officer saw, so a concurrent edit is refused, not overwritten.
 */
public record EditUnitProfile(long unitId, String address, String contactName, String contactPhone, long version) {
}
