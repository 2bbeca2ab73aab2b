package cn.zhicheng.portal.unit.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitView;

import org.springframework.data.domain.Limit;
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

	@Override
	public List<UnitView> searchApproved(String query, int limit) {
		String term = query.strip();
		if (term.isEmpty()) {
			return List.of();
		}
		// LIKE wildcards typed by the user are taken literally.
		String literal = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return units.searchApproved(literal, literal.toUpperCase(Locale.ROOT), Limit.of(limit))
			.stream()
			.map(EmployerUnit::toView)
			.toList();
	}

}
