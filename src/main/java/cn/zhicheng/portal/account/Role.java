package cn.zhicheng.portal.account;

/** The five roles of the portal; each lands on its own home page after signing in. */
public enum Role {

	APPLICANT("/applicant"), UNIT_HR("/unit"), COUNTY_REVIEWER("/county"), CITY_REVIEWER("/city"), ADMIN("/admin");

	private final String homePath;

	Role(String homePath) {
		this.homePath = homePath;
	}

	/** The page a user of this role lands on, and the prefix of every page only this role may open. */
	public String homePath() {
		return homePath;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
