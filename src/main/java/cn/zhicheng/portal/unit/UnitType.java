package cn.zhicheng.portal.unit;

/** 单位性质: 机关, 事业单位, 国有企业, 非公企业, 社会组织. */
public enum UnitType {

	GOVERNMENT_ORGAN, PUBLIC_INSTITUTION, STATE_OWNED_ENTERPRISE, NON_PUBLIC_ENTERPRISE, SOCIAL_ORGANIZATION

}
