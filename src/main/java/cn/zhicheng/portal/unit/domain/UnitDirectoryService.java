package cn.zhicheng.portal.unit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.zhicheng.portal.unit.UnitDirectory;
import cn.zhicheng.portal.unit.UnitProfile;
import cn.zhicheng.portal.unit.UnitTreeEntry;
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

	@Override
	public boolean creditCodeTaken(String creditCode) {
		return units.existsByCreditCode(creditCode.strip().toUpperCase(Locale.ROOT));
	}

	@Override
	public List<UnitTreeEntry> approvedTree(Collection<Long> regionIds, int limit) {
		if (regionIds.isEmpty()) {
			return List.of();
		}
		return UnitTree.order(units.findApprovedInRegions(regionIds, Limit.of(limit))
			.stream()
			.map(EmployerUnit::toView)
			.toList());
	}

	@Override
	public List<UnitView> nonPublicIntakePoints() {
		return units.findNonPublicIntakePoints().stream().map(EmployerUnit::toView).toList();
	}

	@Override
	public Optional<UnitProfile> profile(long id) {
		return units.findById(id).map(EmployerUnit::toProfile);
	}

}
