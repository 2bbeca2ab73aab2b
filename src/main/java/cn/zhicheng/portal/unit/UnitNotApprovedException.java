package cn.zhicheng.portal.unit;

/** The unit is pending or rejected, and a unit account acts only after approval (issue #3). */
public class UnitNotApprovedException extends RuntimeException {

	private final UnitStatus status;

	public UnitNotApprovedException(UnitStatus status) {
		super("Unit is " + status);
		this.status = status;
	}

	public UnitStatus status() {
		return status;
	}

}
