package cn.zhicheng.portal.unit.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.unit.ApprovalScope;
import cn.zhicheng.portal.unit.UnitApprovals;
import cn.zhicheng.portal.unit.UnitNotFoundException;
import cn.zhicheng.portal.unit.UnitPage;
import cn.zhicheng.portal.unit.UnitProfile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 单位审核. The scope is applied in the query both when listing and when deciding, so a decision cannot reach a unit
 * the list would not have offered, whatever id is posted.
 */
@Service
@Transactional
class UnitApprovalService implements UnitApprovals {

	private static final Logger log = LoggerFactory.getLogger(UnitApprovalService.class);

	private final EmployerUnitRepository units;

	private final Clock clock;

	UnitApprovalService(EmployerUnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UnitPage pending(ApprovalScope scope, @Nullable Long before, int size) {
		long below = (before != null) ? before : Long.MAX_VALUE;
		// One more than asked tells whether another page follows without counting.
		Limit limit = Limit.of(size + 1);
		List<EmployerUnit> found = switch (scope) {
			case ApprovalScope.Regions regions -> units.findPendingInRegions(regions.regionIds(), below, limit);
			case ApprovalScope.SupervisedBy supervisor -> units.findPendingSupervisedBy(supervisor.unitId(), below,
					limit);
			case ApprovalScope.Everything all -> units.findPending(below, limit);
			case ApprovalScope.Nothing none -> List.of();
		};
		List<EmployerUnit> page = found.subList(0, Math.min(size, found.size()));
		Long next = (found.size() > size) ? page.get(page.size() - 1).id() : null;
		return new UnitPage(page.stream().map(EmployerUnit::toProfile).toList(), next);
	}

	@Override
	@Transactional(readOnly = true)
	public UnitProfile pending(long unitId, ApprovalScope scope) {
		return pendingInScope(unitId, scope).toProfile();
	}

	@Override
	public UnitProfile approve(long unitId, ApprovalScope scope, long deciderId) {
		EmployerUnit unit = pendingInScope(unitId, scope);
		unit.approve(deciderId, clock.instant());
		log.info("Unit {} approved by account {}", unitId, deciderId);
		return unit.toProfile();
	}

	@Override
	public UnitProfile reject(long unitId, ApprovalScope scope, long deciderId, String reason) {
		EmployerUnit unit = pendingInScope(unitId, scope);
		unit.reject(deciderId, clock.instant(), reason);
		// The reason is free text and may name people, so it stays out of the log.
		log.info("Unit {} rejected by account {}", unitId, deciderId);
		return unit.toProfile();
	}

	private EmployerUnit pendingInScope(long unitId, ApprovalScope scope) {
		Optional<EmployerUnit> found = switch (scope) {
			case ApprovalScope.Regions regions -> units.findPendingInRegions(unitId, regions.regionIds());
			case ApprovalScope.SupervisedBy supervisor -> units.findPendingSupervisedBy(unitId, supervisor.unitId());
			case ApprovalScope.Everything all -> units.findPending(unitId);
			case ApprovalScope.Nothing none -> Optional.empty();
		};
		return found.orElseThrow(() -> new UnitNotFoundException(unitId));
	}

}
