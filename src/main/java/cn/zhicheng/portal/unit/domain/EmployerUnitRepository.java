package cn.zhicheng.portal.unit.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EmployerUnitRepository extends Repository<EmployerUnit, Long> {

	Optional<EmployerUnit> findById(Long id);

	long count();

	@Query("""
			select u from EmployerUnit u
			where u.status = cn.zhicheng.portal.unit.UnitStatus.APPROVED
			  and (u.name like concat('%', :name, '%') or u.creditCode like concat(:codePrefix, '%'))
			order by u.name""")
	List<EmployerUnit> searchApproved(String name, String codePrefix, Limit limit);

}
