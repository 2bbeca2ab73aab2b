package cn.zhicheng.portal.account.web;

import java.io.Serializable;
import java.time.LocalDate;

import cn.zhicheng.portal.account.Education;
import cn.zhicheng.portal.account.PersonDetails;
import cn.zhicheng.portal.validation.Gender;
import org.jspecify.annotations.Nullable;

/**
 * What a person has typed so far, kept in their session between the three steps so that going back or forth loses
 * nothing. The password is kept only as its hash. The session lives 30 idle minutes like any other.
 */
class RegistrationDraft implements Serializable {

	static final String SESSION_KEY = RegistrationDraft.class.getName();

	/** Fixed, as for PortalUser: a draft survives an upgrade that adds a field (issue #11). */
	@java.io.Serial
	private static final long serialVersionUID = 1L;

	@Nullable String username;

	@Nullable String passwordHash;

	@Nullable String mobile;

	@Nullable String realName;

	@Nullable String idNumber;

	@Nullable Gender gender;

	@Nullable LocalDate birthDate;

	@Nullable Education education;

	boolean accountDone() {
		return username != null && passwordHash != null && mobile != null;
	}

	boolean detailsDone() {
		return accountDone() && realName != null && idNumber != null && gender != null && birthDate != null
				&& education != null;
	}

	/** What the last step shows for checking; the numbers are masked by the page. */
	Summary summary() {
		return new Summary(username, realName, idNumber, gender, birthDate, education, mobile);
	}

	record Summary(String username, String realName, String idNumber, Gender gender, LocalDate birthDate,
			Education education, String mobile) {
	}

	PersonDetails person() {
		return new PersonDetails(realName, idNumber, gender, birthDate, education, mobile);
	}

	AccountStepForm accountForm() {
		AccountStepForm form = new AccountStepForm();
		if (username != null) {
			form.setUsername(username);
		}
		if (mobile != null) {
			form.setMobile(mobile);
		}
		return form;
	}

	DetailsStepForm detailsForm() {
		DetailsStepForm form = new DetailsStepForm();
		if (realName != null) {
			form.setRealName(realName);
		}
		if (idNumber != null) {
			form.setIdNumber(idNumber);
		}
		form.setEducation(education);
		return form;
	}

	@Override
	public String toString() {
		return "RegistrationDraft[" + username + "]";
	}

}
