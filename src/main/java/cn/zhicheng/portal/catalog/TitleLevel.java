package cn.zhicheng.portal.catalog;

/**
 * 层级, in ascending order: 员级 &lt; 助理级 &lt; 中级 &lt; 副高级 &lt; 正高级 (DOMAIN.md §1.1). The order is the enum's.
 */
public enum TitleLevel {

	STAFF, ASSISTANT, INTERMEDIATE, DEPUTY_SENIOR, SENIOR

}
