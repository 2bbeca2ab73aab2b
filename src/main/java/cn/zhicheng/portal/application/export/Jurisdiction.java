package cn.zhicheng.portal.application.export;

import java.util.Set;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * The files a viewer's list exports may contain, as one SQL condition on {@code application a} with the parameter
 * {@code :scope}: a unit's own files, a county's or a city's (the jurisdiction columns copied onto the file at
 * submission, V17), every file for the administrator, none for anyone else. The id comes from the signed-in account,
 * never from the request.
 */
record Jurisdiction(String condition, long scope) {

	static final Jurisdiction NOTHING = new Jurisdiction("false", 0);

	static final Jurisdiction EVERYTHING = new Jurisdiction("true", 0);

	/** The viewer's jurisdiction if their role is one of {@code roles}, else {@link #NOTHING}. */
	static Jurisdiction of(PortalUser viewer, Set<Role> roles) {
		if (!roles.contains(viewer.role())) {
			return NOTHING;
		}
		return switch (viewer.role()) {
			case ADMIN -> EVERYTHING;
			case UNIT_HR -> scoped("a.unit_id", viewer.unitId());
			case COUNTY_REVIEWER -> scoped("a.county_id", viewer.regionId());
			case CITY_REVIEWER -> scoped("a.city_id", viewer.regionId());
			case APPLICANT -> NOTHING;
		};
	}

	private static Jurisdiction scoped(String column, @Nullable Long id) {
		return id == null ? NOTHING : new Jurisdiction(column + " = :scope", id);
	}

	/** The viewer's city, when the viewer is a city reviewer: committees are the city's own (V3 region_id). */
	static @Nullable Long city(PortalUser viewer) {
		return viewer.role() == Role.CITY_REVIEWER ? viewer.regionId() : null;
	}

}
