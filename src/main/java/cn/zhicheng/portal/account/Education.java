package cn.zhicheng.portal.account;

/**
 * 最高学历, in ascending order. The 技工院校 classes sit beside the schools they count as (DOMAIN.md §2.2:
 * 中级工班 = 中专, 高级工班 = 大专, 预备技师(技师)班 = 本科); the eligibility rules (issue #5) read that equivalence.
 */
public enum Education {

	HIGH_SCHOOL_OR_BELOW, SECONDARY_VOCATIONAL, TECHNICAL_SCHOOL_INTERMEDIATE, JUNIOR_COLLEGE,
	TECHNICAL_SCHOOL_ADVANCED, BACHELOR, TECHNICAL_SCHOOL_PRE_TECHNICIAN, SECOND_BACHELOR, MASTER, DOCTOR

}
