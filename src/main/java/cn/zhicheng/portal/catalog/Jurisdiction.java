package cn.zhicheng.portal.catalog;

/** Whether a committee is set up by a city (地级市) or by the province. */
public enum Jurisdiction {

	CITY, PROVINCE

}
