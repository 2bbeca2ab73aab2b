package cn.zhicheng.portal.eligibility;

/** 职称系列 the engine knows the field standard of; only 工程系列 so far (DOMAIN.md §2.2). */
public enum Series {

	ENGINEERING

}
