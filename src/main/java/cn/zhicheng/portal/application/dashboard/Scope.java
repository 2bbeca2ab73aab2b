package cn.zhicheng.portal.application.dashboard;

import java.util.Map;

import cn.zhicheng.portal.account.PortalUser;

/**
 * The viewer's jurisdiction as WHERE fragments: {@code clause} over {@code application a}, {@code committees} over
 * {@code committee c}. A city reviewer counts the files of their city ({@code city_id}) and sees the committees of
 * their city, a county reviewer the files of their county ({@code county_id}) and the committees of the city above
 * it, an administrator everything; any other role, or a reviewer without a region, nothing.
 */
record Scope(String clause, String committees, Map<String, Object> params) {

	static Scope of(PortalUser viewer) {
		Long region = viewer.regionId();
		return switch (viewer.role()) {
			case ADMIN -> new Scope("true", "true", Map.of());
			case CITY_REVIEWER -> region == null ? none()
					: new Scope("a.city_id = :region", "c.region_id = :region", Map.of("region", region));
			case COUNTY_REVIEWER -> region == null ? none() : new Scope("a.county_id = :region",
					"c.region_id = (select r.parent_id from region r where r.id = :region)", Map.of("region", region));
			default -> none();
		};
	}

	private static Scope none() {
		return new Scope("false", "false", Map.of());
	}

}
