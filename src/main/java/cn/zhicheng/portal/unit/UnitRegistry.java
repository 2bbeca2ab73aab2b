package cn.zhicheng.portal.unit;

/** Opens units and keeps their profile: registration (pending until approved) and the officers' own edits. */
public interface UnitRegistry {

	/**
	 * Opens a pending unit and answers its id. Joins the caller's transaction, so the unit and its first officer's
	 * account are created together or not at all.
	 * @throws CreditCodeTakenException when a unit already holds the credit code
	 */
	long register(NewUnit unit);

	/**
	 * @throws UnitNotFoundException when there is no such unit
	 * @throws UnitNotApprovedException while the unit is pending or rejected: only an approved unit acts
	 * @throws StaleUnitException when someone saved the unit since the given version was read
	 */
	UnitProfile editProfile(EditUnitProfile edit);

}
