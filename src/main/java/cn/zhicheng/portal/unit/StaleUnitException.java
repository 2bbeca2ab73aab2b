package cn.zhicheng.portal.unit;

/** Someone saved the unit after the editor read it; their edit would silently undo the other one. */
public class StaleUnitException extends RuntimeException {

	public StaleUnitException() {
		super("Unit changed since it was read");
	}

}
