package cn.zhicheng.portal.onboarding.domain;

import cn.zhicheng.portal.account.Accounts;
import cn.zhicheng.portal.account.NewAccount;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.account.Role;
import cn.zhicheng.portal.onboarding.domain.OnboardingConflictException.Conflict;
import cn.zhicheng.portal.unit.CreditCodeTakenException;
import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitNotApprovedException;
import cn.zhicheng.portal.unit.UnitNotFoundException;
import cn.zhicheng.portal.unit.UnitRegistry;
import cn.zhicheng.portal.unit.UnitStatus;
import cn.zhicheng.portal.unit.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens units and their officers' accounts. A registration creates the pending unit and its first officer in one
 * transaction: a taken username or mobile undoes the unit too, so a failed attempt leaves nothing to clean up and
 * the same credit code can be tried again at once.
 */
@Service
public class UnitOnboardingService {

	/** The unique index on user_account.mobile (V5); {@link Accounts} has no check of its own for mobiles. */
	static final String MOBILE_INDEX = "user_account_mobile_key";

	/** The unique constraint on user_account.username (V4). */
	static final String USERNAME_INDEX = "user_account_username_key";

	private static final Logger log = LoggerFactory.getLogger(UnitOnboardingService.class);

	private final UnitRegistry registry;

	private final UnitDirectory units;

	private final Accounts accounts;

	UnitOnboardingService(UnitRegistry registry, UnitDirectory units, Accounts accounts) {
		this.registry = registry;
		this.units = units;
		this.accounts = accounts;
	}

	/**
	 * @return the new unit's id
	 * @throws OnboardingConflictException when the credit code, username or mobile is taken; nothing is created
	 */
	@Transactional
	public long register(RegisterUnit registration) {
		long unitId;
		try {
			unitId = registry.register(registration.unit());
		}
		catch (CreditCodeTakenException taken) {
			throw new OnboardingConflictException(Conflict.CREDIT_CODE);
		}
		openOfficerAccount(unitId, registration.officer());
		log.info("Unit {} registered with its first officer, pending approval", unitId);
		return unitId;
	}

	/**
	 * Adds an officer to the signed-in officer's own unit, which must be approved.
	 * @throws UnitNotApprovedException while the unit is pending or rejected
	 * @throws OnboardingConflictException when the username or mobile is taken
	 */
	@Transactional
	public void addOfficer(PortalUser officer, NewOfficer added) {
		UnitView unit = ownUnit(officer);
		if (unit.status() != UnitStatus.APPROVED) {
			throw new UnitNotApprovedException(unit.status());
		}
		openOfficerAccount(unit.id(), added);
		log.info("Account {} added an officer to unit {}", officer.id(), unit.id());
	}

	private UnitView ownUnit(PortalUser officer) {
		Long unitId = officer.unitId();
		if (officer.role() != Role.UNIT_HR || unitId == null) {
			// The security chain lets only unit officers reach this; anyone else is a programming error.
			throw new IllegalArgumentException("Only a unit's HR officer adds officers to their unit");
		}
		return units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
	}

	private void openOfficerAccount(long unitId, NewOfficer officer) {
		// Checked first so the common case never reaches the database's unique index, whose error message (and
		// Hibernate's log of it) would carry the full mobile number.
		if (accounts.mobileTaken(officer.mobile())) {
			throw new OnboardingConflictException(Conflict.MOBILE);
		}
		boolean created;
		try {
			created = accounts.createIfAbsent(new NewAccount(officer.username(), officer.password(),
					officer.realName(), Role.UNIT_HR, unitId, null, officer.mobile()));
		}
		catch (DataIntegrityViolationException duplicate) {
			// A mobile already on another account, or a username taken since createIfAbsent looked.
			String cause = String.valueOf(NestedExceptionUtils.getMostSpecificCause(duplicate).getMessage());
			if (cause.contains(MOBILE_INDEX)) {
				throw new OnboardingConflictException(Conflict.MOBILE);
			}
			if (cause.contains(USERNAME_INDEX)) {
				throw new OnboardingConflictException(Conflict.USERNAME);
			}
			throw duplicate;
		}
		if (!created) {
			throw new OnboardingConflictException(Conflict.USERNAME);
		}
	}

}
