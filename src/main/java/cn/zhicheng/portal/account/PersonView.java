package cn.zhicheng.portal.account;

import java.time.LocalDate;

import cn.zhicheng.portal.validation.Gender;
import cn.zhicheng.portal.validation.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A person's record as pages show it. It carries the full ID and mobile numbers because a few places need them (the
 * review form, a reviewer's audited "show"); everything else shows {@link #maskedIdNumber()} and
 * {@link #maskedMobile()}. {@link #toString()} never prints either.
 */
public record PersonView(long id, String username, String realName, Role role, @Nullable Long unitId,
		@Nullable String idNumber, @Nullable String mobile, @Nullable Gender gender, @Nullable LocalDate birthDate,
		@Nullable Education education, boolean hasPhoto) {

	public String maskedIdNumber() {
		return Masking.idNumber(idNumber);
	}

	public String maskedMobile() {
		return Masking.mobile(mobile);
	}

	@Override
	public String toString() {
		return "PersonView[" + id + ", " + username + "]";
	}

}
