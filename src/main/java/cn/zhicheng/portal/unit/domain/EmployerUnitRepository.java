package cn.zhicheng.portal.unit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EmployerUnitRepository extends Repository<EmployerUnit, Long> {

	Optional<EmployerUnit> findById(Long id);

	long count();

	boolean existsByCreditCode(String creditCode);

	EmployerUnit save(EmployerUnit unit);

	EmployerUnit saveAndFlush(EmployerUnit unit);

	@Query("""
			select u from EmployerUnit u
			where u.status = cn.zhicheng.portal.unit.UnitStatus.APPROVED
			  and (u.name like concat('%', :name, '%') or u.creditCode like concat(:codePrefix, '%'))
			order by u.name""")
	List<EmployerUnit> searchApproved(String name, String codePrefix, Limit limit);

	/** Served by employer_unit_region_idx (region_id, name). */
	@Query("""
			select u from EmployerUnit u
			where u.status = cn.zhicheng.portal.unit.UnitStatus.APPROVED and u.regionId in :regionIds
			order by u.name""")
	List<EmployerUnit> findApprovedInRegions(Collection<Long> regionIds, Limit limit);

	/** Served by employer_unit_intake_idx (V9), partial on non_public_intake. */
	@Query("""
			select u from EmployerUnit u
			where u.nonPublicIntake = true and u.status = cn.zhicheng.portal.unit.UnitStatus.APPROVED
			order by u.regionId, u.name""")
	List<EmployerUnit> findNonPublicIntakePoints();

	// The approval queues. Each list has a twin that finds one unit under the same condition, so a decision is
	// scoped exactly as the list that offered it.

	/** Served by employer_unit_status_region_idx (status, region_id, id). */
	@Query("""
			select u from EmployerUnit u
			where u.status = cn.zhicheng.portal.unit.UnitStatus.PENDING and u.regionId in :regionIds and u.id < :before
			order by u.id desc""")
	List<EmployerUnit> findPendingInRegions(Collection<Long> regionIds, long before, Limit limit);

	@Query("""
			select u from EmployerUnit u
			where u.id = :id and u.status = cn.zhicheng.portal.unit.UnitStatus.PENDING and u.regionId in :regionIds""")
	Optional<EmployerUnit> findPendingInRegions(long id, Collection<Long> regionIds);

	/** Served by employer_unit_status_supervisor_idx (status, supervising_unit_id, id). */
	@Query("""
			select u from EmployerUnit u
			where u.status = cn.zhicheng.portal.unit.UnitStatus.PENDING and u.supervisingUnitId = :supervisorId
			  and u.id < :before
			  and exists (select s.id from EmployerUnit s
			              where s.id = :supervisorId and s.status = cn.zhicheng.portal.unit.UnitStatus.APPROVED)
			order by u.id desc""")
	List<EmployerUnit> findPendingSupervisedBy(long supervisorId, long before, Limit limit);

	@Query("""
			select u from EmployerUnit u
			where u.id = :id and u.status = cn.zhicheng.portal.unit.UnitStatus.PENDING
			  and u.supervisingUnitId = :supervisorId
			  and exists (select s.id from EmployerUnit s
			              where s.id = :supervisorId and s.status = cn.zhicheng.portal.unit.UnitStatus.APPROVED)""")
	Optional<EmployerUnit> findPendingSupervisedBy(long id, long supervisorId);

	/** Served by employer_unit_status_id_idx (V9). */
	@Query("""
			select u from EmployerUnit u
			where u.status = cn.zhicheng.portal.unit.UnitStatus.PENDING and u.id < :before
			order by u.id desc""")
	List<EmployerUnit> findPending(long before, Limit limit);

	@Query("select u from EmployerUnit u where u.id = :id and u.status = cn.zhicheng.portal.unit.UnitStatus.PENDING")
	Optional<EmployerUnit> findPending(long id);

}
