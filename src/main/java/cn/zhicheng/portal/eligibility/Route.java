package cn.zhicheng.portal.eligibility;

/** 正常申报, or 破格 with two expert recommenders of the target level (DOMAIN.md §2.5). */
public enum Route {

	NORMAL, EXCEPTIONAL

}
