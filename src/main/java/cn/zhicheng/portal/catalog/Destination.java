package cn.zhicheng.portal.catalog;

/** Where a file goes after the county's review (DOMAIN.md §7.3). */
public enum Destination {

	/** The city's own committee reviews it (员级, 助理级, 中级). */
	CITY_COMMITTEE,

	/** The city bureau collects it and forwards it to a provincial committee (副高级, 正高级, 省外委托). */
	CITY_BUREAU_TO_PROVINCE,

	/** The city bureau settles it without a committee vote (初次考核认定, 证书补发). */
	CITY_BUREAU

}
