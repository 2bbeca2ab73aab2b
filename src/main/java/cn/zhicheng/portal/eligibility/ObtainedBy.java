package cn.zhicheng.portal.eligibility;

/** How the current title was obtained; it decides from when 资历 counts (DOMAIN.md §2.3). */
public enum ObtainedBy {

	EVALUATION, EXAM, RECOGNITION

}
