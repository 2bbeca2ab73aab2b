package cn.zhicheng.portal.account.web.admin;

import java.util.Objects;

import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.account.domain.UserAdministration.Problem;
import cn.zhicheng.portal.account.domain.UserAdministration.Refused;
import cn.zhicheng.portal.account.domain.UserAdministration.Scope;
import cn.zhicheng.portal.account.domain.UserAdministration.UserView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * A staff role and its jurisdiction. Every field is on the page whatever the role, because the page has no script
 * to hide them; the service uses only the ones the role needs and checks their level.
 */
class ScopeForm {

	@NotNull(message = "{admin.users.scope.role.required}")
	private @Nullable Role role;

	@Size(max = 64, message = "{admin.users.scope.unit.unknown}")
	private String unit = "";

	private @Nullable Long countyId;

	private @Nullable Long cityId;

	private @Nullable Long committeeId;

	/** The account's present scope, its unit given by credit code as the administrator would type it. */
	static ScopeForm of(UserView user, @Nullable String unitCreditCode) {
		ScopeForm form = new ScopeForm();
		form.role = user.role();
		form.unit = unitCreditCode == null ? "" : unitCreditCode;
		form.countyId = user.role() == Role.COUNTY_REVIEWER ? user.regionId() : null;
		form.cityId = user.role() == Role.CITY_REVIEWER ? user.regionId() : null;
		form.committeeId = user.committeeId();
		return form;
	}

	Scope toScope() {
		return new Scope(Objects.requireNonNull(role), unit.isBlank() ? null : unit, countyId, cityId, committeeId);
	}

	/** Puts the service's reasons beside the fields they concern, or above the form. */
	static void reject(Refused refused, BindingResult errors) {
		for (Problem problem : refused.problems()) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey());
			}
			else {
				errors.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit == null ? "" : unit.strip();
	}

	public @Nullable Long getCountyId() {
		return countyId;
	}

	public void setCountyId(@Nullable Long countyId) {
		this.countyId = countyId;
	}

	public @Nullable Long getCityId() {
		return cityId;
	}

	public void setCityId(@Nullable Long cityId) {
		this.cityId = cityId;
	}

	public @Nullable Long getCommitteeId() {
		return committeeId;
	}

	public void setCommitteeId(@Nullable Long committeeId) {
		this.committeeId = committeeId;
	}

}
