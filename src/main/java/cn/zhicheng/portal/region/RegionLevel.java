package cn.zhicheng.portal.region;

/** The tiers of administrative division the portal routes through. */
public enum RegionLevel {

	PROVINCE, CITY, COUNTY

}
