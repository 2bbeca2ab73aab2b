package cn.zhicheng.portal.eligibility;

/** 评审 (DOMAIN.md §2.2–2.3) or 初次职称考核认定 (§2.4): the two business types whose conditions the engine decides. */
public enum ApplicationType {

	EVALUATION, INITIAL_RECOGNITION

}
