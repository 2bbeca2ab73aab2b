package cn.zhicheng.portal.unit;

/** A unit account acts only once its supervising authority or the bureau has approved it. */
public enum UnitStatus {

	PENDING, APPROVED, REJECTED

}
