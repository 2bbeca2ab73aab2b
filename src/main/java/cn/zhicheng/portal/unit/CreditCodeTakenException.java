package cn.zhicheng.portal.unit;

/** A unit already holds the credit code; the code identifies one legal entity, so it registers once. */
public class CreditCodeTakenException extends RuntimeException {

	public CreditCodeTakenException() {
		super("Credit code already registered");
	}

}
