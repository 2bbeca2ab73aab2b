package cn.zhicheng.portal.account;

import java.time.LocalDate;

import cn.zhicheng.portal.validation.Gender;

/**
 * Who a registering person is: the real name and the checked, normalised ID number with what it tells (gender and
 * birth date are derived from it, never typed), the highest education and the verified mobile.
 */
public record PersonDetails(String realName, String idNumber, Gender gender, LocalDate birthDate, Education education,
		String mobile) {

	/** Never prints the ID or mobile number. */
	@Override
	public String toString() {
		return "PersonDetails[" + realName + "]";
	}

}
