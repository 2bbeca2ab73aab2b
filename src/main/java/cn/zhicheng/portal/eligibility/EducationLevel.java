package cn.zhicheng.portal.eligibility;

/**
 * 学历 as the field standards distinguish it (DOMAIN.md §2.2): 中专/中职, 大专, 本科, 硕士, 博士. 技工院校 classes map onto
 * these (中级工班 = 中专, 高级工班 = 大专, 预备技师班 = 本科).
 */
public enum EducationLevel {

	SECONDARY_VOCATIONAL("中专（中职）"), JUNIOR_COLLEGE("大专"), BACHELOR("本科"), MASTER("硕士研究生"), DOCTOR("博士研究生");

	private final String chinese;

	EducationLevel(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

}
