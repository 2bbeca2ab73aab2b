package cn.zhicheng.portal.application;

import cn.zhicheng.portal.account.Role;

/**
 * Who takes a workflow action: the four roles that hold files, anyone from the public (an objection to a 评前公示),
 * or the portal itself (an amendment deadline passing). Administrators take no action on files.
 */
public enum Party {

	APPLICANT, UNIT_HR, COUNTY_REVIEWER, CITY_REVIEWER, PUBLIC, SYSTEM;

	public static Party of(Role role) {
		return switch (role) {
			case APPLICANT -> APPLICANT;
			case UNIT_HR -> UNIT_HR;
			case COUNTY_REVIEWER -> COUNTY_REVIEWER;
			case CITY_REVIEWER -> CITY_REVIEWER;
			case ADMIN -> throw new WorkflowRefusedException("application.refused.role");
		};
	}

}
