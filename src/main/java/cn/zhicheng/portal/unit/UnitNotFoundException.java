package cn.zhicheng.portal.unit;

/** No such unit, or none the caller may act on: both read the same, so nothing leaks about other units. */
public class UnitNotFoundException extends RuntimeException {

	public UnitNotFoundException(long unitId) {
		super("No unit " + unitId + " in reach");
	}

}
