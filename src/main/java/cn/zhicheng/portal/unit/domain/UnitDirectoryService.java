package cn.zhicheng.portal.unit.domain;

import java.util.Optional;

import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class UnitDirectoryService implements UnitDirectory {

	private final EmployerUnitRepository units;

	UnitDirectoryService(EmployerUnitRepository units) {
		this.units = units;
	}

	@Override
	public Optional<UnitView> find(long id) {
		return units.findById(id).map(EmployerUnit::toView);
	}

	@Override
	public long count() {
		return units.count();
	}

}
