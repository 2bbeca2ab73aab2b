package cn.zhicheng.portal.unit.domain;

import java.time.Clock;

import cn.zhicheng.portal.unit.CreditCodeTakenException;
import cn.zhicheng.portal.unit.EditUnitProfile;
import cn.zhicheng.portal.unit.NewUnit;
import cn.zhicheng.portal.unit.StaleUnitException;
import cn.zhicheng.portal.unit.UnitNotFoundException;
import cn.zhicheng.portal.unit.UnitProfile;
import cn.zhicheng.portal.unit.UnitRegistry;
import cn.zhicheng.portal.unit.UnitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class UnitRegistryService implements UnitRegistry {

	private static final Logger log = LoggerFactory.getLogger(UnitRegistryService.class);

	private final EmployerUnitRepository units;

	private final Clock clock;

	UnitRegistryService(EmployerUnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@Override
	public long register(NewUnit unit) {
		if (units.existsByCreditCode(unit.creditCode())) {
			throw new CreditCodeTakenException();
		}
		Long supervisor = unit.supervisingUnitId();
		if (supervisor != null
				&& units.findById(supervisor).filter(found -> found.status() == UnitStatus.APPROVED).isEmpty()) {
			throw new IllegalArgumentException("The supervising unit must be an approved unit");
		}
		try {
			EmployerUnit saved = units.save(EmployerUnit.register(unit, clock.instant()));
			log.info("Unit {} registered, pending approval", saved.id());
			return saved.id();
		}
		catch (DataIntegrityViolationException race) {
			// Another registration took the code between the check and the insert (the column is unique).
			throw new CreditCodeTakenException();
		}
	}

	@Override
	public UnitProfile editProfile(EditUnitProfile edit) {
		EmployerUnit unit = units.findById(edit.unitId()).orElseThrow(() -> new UnitNotFoundException(edit.unitId()));
		if (unit.version() != edit.version()) {
			throw new StaleUnitException();
		}
		unit.editProfile(edit.address(), edit.contactName(), edit.contactPhone());
		try {
			// Flushed here so a save that raced ours since the read is caught now, and the new version is returned.
			return units.saveAndFlush(unit).toProfile();
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleUnitException();
		}
	}

}
